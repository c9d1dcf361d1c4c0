import { Matches, MaxLength } from "class-validator";

/** Required free text: at least one visible character, at most `max` characters. */
export function RequiredText(max: number): PropertyDecorator {
  return (target, key) => {
    Matches(/\S/, { message: "$property không được để trống / $property must not be empty" })(target, key as string);
    MaxLength(max, { message: `$property dài quá ${max} ký tự / $property must be at most ${max} characters` })(target, key as string);
  };
}

/** Codes such as "HP.HAI-AN.UBND": letters, digits, dot, dash and underscore. */
export function Code(max: number): PropertyDecorator {
  return (target, key) => {
    Matches(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
      message: "$property chỉ gồm chữ, số, dấu chấm, gạch ngang / $property may hold letters, digits, '.', '-' and '_' only",
    })(target, key as string);
    MaxLength(max, { message: `$property dài quá ${max} ký tự / $property must be at most ${max} characters` })(target, key as string);
  };
}
