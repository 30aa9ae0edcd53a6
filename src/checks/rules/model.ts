/** Rules on the TLP model (content/tlp-model.yaml): every role described once, every label in plain words. */
import { modelProblems } from '../../model/tlp-model.ts';
import { atField, type Rule } from './context.ts';

export const tlpModelSound: Rule = ({ data }) => {
  if (!data.tlpModel) return [];
  const model = data.tlpModel;
  return modelProblems(model).map((problem) =>
    atField(model.source, problem.path, { message: problem.message, help: 'the-tlp-model' }),
  );
};
