/** What a reading that gives nothing gives: one frozen empty list, not a new one each time (and one array shape). */
export const none: readonly never[] = Object.freeze([]);
