/** evaluation context: not built yet (see the issues). */
export {};
