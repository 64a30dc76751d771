// Files the bundler copies beside the app and names by their URL (Vite's `?url` imports).
declare module '*?url' {
  const url: string;
  export default url;
}
