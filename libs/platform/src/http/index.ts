export * from './pagination';
export * from './problem';
export * from './problem.filter';
export * from './validation';
export * from './validators';
export * from './limits';
export * from './uuid-param';
export * from './tables';
