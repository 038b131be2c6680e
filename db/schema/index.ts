export * from "./reference";
export * from "./users";
export * from "./mail";
export * from "./audit";
export * from "./questionnaires";
export * from "./submissions";
export * from "./review";
export * from "./reports";
