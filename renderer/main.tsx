import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';
import { startTheme } from './app/theme';
import { i18n, startInterfaceLanguage } from './i18n/i18n';
import { bridge, isElectron } from './transport/bridge';
import { skipCleanSubtreesInYjsSync } from '../shared/collab/cleanSubtreeSync';

startTheme();
skipCleanSubtreesInYjsSync();
startInterfaceLanguage();
// Electron's menu is the main side's: it is told the interface's language, now and on each change.
if (isElectron) {
  const report = (language: string) => {
    if (language === 'id' || language === 'en') void bridge.call('app:interfaceLanguage', { language });
  };
  report(i18n.language);
  i18n.on('languageChanged', report);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
