import { isValidationError, ValidationError } from '../../../src/domain/errors';

describe('ValidationError', () => {
  const issues = [
    { field: 'name', message: 'Name is required.' },
    { field: 'email', message: 'Email is not valid.' },
  ];

  it('carries every issue and names the first field', () => {
    const e = new ValidationError(issues);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ValidationError');
    expect(e.field).toBe('name');
    expect(e.issues).toEqual(issues);
    expect(e.message).toBe('Name is required. Email is not valid.');
  });

  it('accepts a single issue', () => {
    expect(new ValidationError(issues[1]).field).toBe('email');
  });

  it('refuses to be empty', () => {
    expect(() => new ValidationError([])).toThrow();
  });

  it('serialises to plain JSON', () => {
    const json = JSON.parse(JSON.stringify(new ValidationError(issues)));
    expect(json).toEqual({
      name: 'ValidationError',
      message: 'Name is required. Email is not valid.',
      issues,
    });
  });

  it('is recognised across realms by shape', () => {
    expect(isValidationError(new ValidationError(issues))).toBe(true);
    expect(isValidationError({ name: 'ValidationError', message: 'x', issues: [] })).toBe(true);
    expect(isValidationError(new Error('boom'))).toBe(false);
    expect(isValidationError(null)).toBe(false);
  });
});
