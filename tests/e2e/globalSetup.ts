// Says once, up front, why the electron project's tests will be skipped on this machine.
import { findElectronBinary } from '../../electron/devtools/electronBinary';

export default function globalSetup(): void {
  if (findElectronBinary() === null) {
    console.log(
      '[electron] project skipped: the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1); the same specs run in browser mode ([web]).',
    );
  }
}
