/** Rules on the threat taxonomy: every threat keeps an id of its own. */
import { nextThreatCode } from '../scaffold.ts';
import { atField, type Rule, type ValidEntry } from './context.ts';

/**
 * Two threats with one id: ids never change once published, so the one that is not yet published
 * (or, when both are, the one added later) takes the next free id. Which one that is comes from
 * git, never from file names: a copy made to start a new threat can sort before its original.
 */
export const threatCodesUnique: Rule = ({ of, history }) => {
  const threats = of('threats');
  const byCode = new Map<string, ValidEntry<'threats'>[]>();
  for (const entry of threats) byCode.set(entry.parsed.code, [...(byCode.get(entry.parsed.code) ?? []), entry]);
  let next = nextThreatCode(threats.map((entry) => entry.parsed.code));
  const take = () => {
    const code = next;
    next = nextThreatCode([code]);
    return code;
  };
  return [...byCode.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) => {
      const known = group.map((entry) => ({ entry, ...history(entry.file) }));
      const published = known
        .filter((item) => item.published)
        .sort((a, b) => (a.addedAt ?? Infinity) - (b.addedAt ?? Infinity));
      const byDate = [...known].sort((a, b) => a.entry.parsed.updated.getTime() - b.entry.parsed.updated.getTime());
      const keeper =
        published[0] ??
        (byDate[0]!.entry.parsed.updated.getTime() < byDate[1]!.entry.parsed.updated.getTime() ? byDate[0] : undefined);
      if (!keeper) {
        // Nothing tells which file is new: say so once, on one of them, and let the writer decide.
        const [first, ...others] = [...group].sort((a, b) => a.file.localeCompare(b.file));
        const other = others.at(-1)!;
        return [
          atField(other, ['code'], {
            message: `the threat id ${other.parsed.code} is also used by ${[first!, ...others.slice(0, -1)].map((entry) => entry.file).join(' and ')}, and neither git nor the "updated" dates tell which one is already published`,
            expected: `keep the id of the published threat and give the one you added the next free id, ${take()}`,
            help: 'threats',
          }),
        ];
      }
      const why = keeper.published ? 'which is published' : 'which was updated earlier; neither is published yet';
      return known
        .filter((item) => item !== keeper)
        .map(({ entry }) =>
          atField(entry, ['code'], {
            message: `the threat id ${entry.parsed.code} is already used by ${keeper.entry.file}, ${why}`,
            found: entry.parsed.code,
            expected: `the next free id, ${take()}: ids never change once published, so this newer threat takes a new one and ${keeper.entry.file} keeps its own`,
            help: 'threats',
          }),
        );
    });
};
