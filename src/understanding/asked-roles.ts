/** Roles that still make a mention what the question is about when nothing is held. */
export const askedRoles: ReadonlySet<string> = new Set(["hypothetical", "pending"]);
