// SpreadsheetApp.newDataValidation(): a builder for dropdowns, checkboxes and date rules.
import type { Runtime } from '../runtime';
import type { Implements } from '../services/implements';
import type { ValidationRule } from './model';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

export class FakeDataValidation implements Implements<
  Rule,
  'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'
> {
  constructor(
    private readonly rt: Runtime,
    readonly _rule: ValidationRule,
  ) {}
  getCriteriaType() {
    return this._rule.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues() {
    return this._rule.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }
  getAllowInvalid() {
    return this._rule.allowInvalid;
  }
  getHelpText() {
    return this._rule.helpText;
  }
  copy() {
    return newDataValidationBuilder(this.rt, { ...this._rule });
  }
}

export class FakeDataValidationBuilder implements Implements<
  Builder,
  | 'requireValueInList'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireNumberBetween'
  | 'requireFormulaSatisfied'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'build'
> {
  constructor(
    private readonly rt: Runtime,
    readonly _rule: ValidationRule,
  ) {}
  requireValueInList(values: string[], showDropdown?: boolean) {
    if (!Array.isArray(values) || values.length === 0)
      this.rt.fail(
        "The parameters (number[]) don't match the method signature for DataValidationBuilder.requireValueInList.",
      );
    if (values.length > 500)
      this.rt.fail('Data validation rule list can contain at most 500 items.');
    this._rule.criteria = 'VALUE_IN_LIST';
    this._rule.values = [values.map(String), showDropdown !== false];
    return this.rt.expose(this, 'DataValidationBuilder');
  }
  requireCheckbox() {
    this._rule.criteria = 'CHECKBOX';
    this._rule.values = [];
    return this.rt.expose(this, 'DataValidationBuilder');
  }
  requireDate() {
    this._rule.criteria = 'DATE_IS_VALID_DATE';
    this._rule.values = [];
    return this.rt.expose(this, 'DataValidationBuilder');
  }
  requireNumberBetween(start: number, end: number) {
    this._rule.criteria = 'NUMBER_BETWEEN';
    this._rule.values = [start, end];
    return this.rt.expose(this, 'DataValidationBuilder');
  }
  requireFormulaSatisfied(formula: string) {
    this._rule.criteria = 'CUSTOM_FORMULA';
    this._rule.values = [formula];
    return this.rt.expose(this, 'DataValidationBuilder');
  }
  setAllowInvalid(allowInvalid: boolean) {
    this._rule.allowInvalid = Boolean(allowInvalid);
    return this.rt.expose(this, 'DataValidationBuilder');
  }
  setHelpText(helpText: string) {
    this._rule.helpText = String(helpText);
    return this.rt.expose(this, 'DataValidationBuilder');
  }
  build() {
    return this.rt.expose(new FakeDataValidation(this.rt, { ...this._rule }), 'DataValidation');
  }
}

export function newDataValidationBuilder(
  rt: Runtime,
  rule?: ValidationRule,
): FakeDataValidationBuilder {
  return rt.expose(
    new FakeDataValidationBuilder(
      rt,
      rule ?? { criteria: 'VALUE_IN_LIST', values: [], allowInvalid: true, helpText: '' },
    ),
    'DataValidationBuilder',
  );
}

/** Whether a stored value satisfies a rule (for rules that reject invalid input). */
export function satisfies(
  rule: ValidationRule,
  value: string | number | boolean,
  isDate: boolean,
): boolean {
  if (value === '') return true;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (rule.values[0] as string[]).includes(String(value));
    case 'CHECKBOX':
      return typeof value === 'boolean';
    case 'DATE_IS_VALID_DATE':
      return isDate;
    case 'NUMBER_BETWEEN':
      return (
        typeof value === 'number' &&
        value >= (rule.values[0] as number) &&
        value <= (rule.values[1] as number)
      );
    default:
      return true;
  }
}
