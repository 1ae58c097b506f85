/**
 * matsci-jupyter: the MatSci sidebar chat, answering through the same engines as %%matsci.
 */
import {
  ILayoutRestorer,
  type JupyterFrontEnd,
  type JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ICommandPalette, MainAreaWidget } from '@jupyterlab/apputils';
import { INotebookTracker } from '@jupyterlab/notebook';
import { IRenderMimeRegistry } from '@jupyterlab/rendermime';
import { LabIcon } from '@jupyterlab/ui-components';

import { trackGeneratedCells } from './generatedCells';
import { ChatPanel } from './panel';
import { IMatsciChat } from './tokens';

export { IMatsciChat } from './tokens';

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="16" viewBox="0 0 24 24">
  <g class="jp-icon3" fill="#616161">
    <circle cx="6" cy="6" r="2.6"/><circle cx="18" cy="6" r="2.6"/>
    <circle cx="6" cy="18" r="2.6"/><circle cx="18" cy="18" r="2.6"/><circle cx="12" cy="12" r="3.2"/>
    <path d="M7.6 7.6l2.6 2.6M16.4 7.6l-2.6 2.6M7.6 16.4l2.6-2.6M16.4 16.4l-2.6-2.6" stroke="#616161" stroke-width="1.4"/>
  </g></svg>`;

export const matsciIcon = new LabIcon({ name: 'matsci-jupyter:icon', svgstr: ICON_SVG });
let outputs = 0;

const COMMANDS = {
  open: 'matsci:open-chat',
  ask: 'matsci:ask',
  attachCell: 'matsci:attach-cell',
  attachError: 'matsci:attach-error'
};

const plugin: JupyterFrontEndPlugin<IMatsciChat> = {
  id: 'matsci-jupyter:chat',
  description: 'MatSci sidebar chat: streamed answers, verified engines, code into the notebook.',
  autoStart: true,
  requires: [INotebookTracker, IRenderMimeRegistry],
  optional: [ILayoutRestorer, ICommandPalette],
  provides: IMatsciChat,
  activate: (
    app: JupyterFrontEnd,
    tracker: INotebookTracker,
    rendermime: IRenderMimeRegistry,
    restorer: ILayoutRestorer | null,
    palette: ICommandPalette | null
  ): IMatsciChat => {
    trackGeneratedCells(tracker); // %%matsci code re-runs replace the cell they inserted
    const panel = new ChatPanel({
      tracker,
      rendermime,
      openInMain: (content, label) => {
        const widget = new MainAreaWidget({ content });
        widget.id = `matsci-output-${++outputs}`;
        widget.title.label = label;
        widget.title.icon = matsciIcon;
        widget.title.closable = true;
        app.shell.add(widget, 'main', { mode: 'split-right' });
        // figures drawn while detached size themselves on the next window resize
        setTimeout(() => window.dispatchEvent(new Event('resize')), 300);
      }
    });
    panel.title.icon = matsciIcon;
    panel.title.label = '';
    app.shell.add(panel, 'right', { rank: 400 });
    restorer?.add(panel, 'matsci-chat');

    app.commands.addCommand(COMMANDS.open, {
      label: 'Open the MatSci chat',
      icon: matsciIcon,
      execute: () => app.shell.activateById(panel.id)
    });
    app.commands.addCommand(COMMANDS.ask, {
      label: 'Ask MatSci',
      describedBy: { args: { type: 'object', properties: { text: { type: 'string' } } } },
      execute: async args => {
        app.shell.activateById(panel.id);
        await panel.ask(String(args.text ?? ''));
      }
    });
    app.commands.addCommand(COMMANDS.attachCell, {
      label: 'Attach the selected cell to the MatSci chat',
      execute: () => {
        app.shell.activateById(panel.id);
        panel.attachSelectedCell();
      }
    });
    app.commands.addCommand(COMMANDS.attachError, {
      label: 'Attach the last error to the MatSci chat',
      execute: () => {
        app.shell.activateById(panel.id);
        panel.attachLastError();
      }
    });
    for (const command of Object.values(COMMANDS).filter(c => c !== COMMANDS.ask)) {
      palette?.addItem({ command, category: 'MatSci' });
    }
    return { widget: panel, ask: (text: string) => panel.ask(text) };
  }
};

export default plugin;
