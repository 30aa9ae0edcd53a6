/**
 * html-validate with the site's configuration (.htmlvalidate.mjs), resolved once. Its file loader
 * resolves the configuration afresh for every file it reads, and each built page is in a folder of
 * its own: over dist/ that was two fifths of its time. One file configures the whole repository
 * (`otherConfigs` finds any other, and the site test requires none in dist/), so the first
 * resolution serves every page.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData, type ResolvedConfig } from 'html-validate';

class OnceResolvedLoader extends FileSystemConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;

  override getConfigFor(file: string, override?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (override) return super.getConfigFor(file, override);
    this.#resolved ??= super.getConfigFor(file);
    return this.#resolved;
  }
}

export function siteValidator(): HtmlValidate {
  return new HtmlValidate(new OnceResolvedLoader());
}

/** html-validate's configuration files under a folder, which would configure the files beside them differently. */
export function otherConfigs(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /^\.htmlvalidate\.(json|c?js|mjs)$/.test(path.basename(file)))
    .map((file) => path.join(folder, file));
}
