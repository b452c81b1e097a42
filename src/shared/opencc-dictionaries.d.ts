// opencc-js ships each dictionary as a module of its own ("key value|key value…"), without declarations.
declare module "opencc-js/dict/*" {
  const dictionary: string;
  export default dictionary;
}
