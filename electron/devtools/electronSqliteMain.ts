// Entry point of `npm run native:electron`.
import { buildElectronSqlite } from './electronSqlite';

console.log(`better-sqlite3 for Electron: ${buildElectronSqlite(process.cwd())}`);
