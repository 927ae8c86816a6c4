/**
 * English strings of the lesson editor's notation and structure tools: equations,
 * sub/superscript, special characters, the table menu, moving blocks and pasting.
 */
export const editingEn = {
  'editor.subscript': 'Subscript',
  'editor.superscript': 'Superscript',
  'editor.inlineMath': 'Inline equation',
  'editor.mathBlock': 'Equation',
  'editor.specialChars': 'Special characters',

  'math.edit': 'Edit equation: {latex}',
  'math.editLabel': 'Edit equation',
  'math.empty': 'Empty equation',
  'math.editor': 'Equation editor',
  'math.latex': 'LaTeX',
  'math.placeholder': 'For example E = mc^2 or \\frac{a}{b}',
  'math.hint': 'Enter or Esc to finish · Shift+Enter for a new line',

  'specialChars.title': 'Special characters',
  'specialChars.greek': 'Greek letters',
  'specialChars.arrows': 'Arrows',
  'specialChars.symbols': 'Maths and science symbols',

  'table.menu': 'Table options',
  'table.menuFor': 'Table options for this cell',
  'table.rowAbove': 'Insert row above',
  'table.rowBelow': 'Insert row below',
  'table.columnLeft': 'Insert column left',
  'table.columnRight': 'Insert column right',
  'table.deleteRow': 'Delete row',
  'table.deleteColumn': 'Delete column',
  'table.deleteTable': 'Delete table',
  'table.headerRow': 'Header row',

  'block.handle': 'Move block (drag, or Alt+Shift+↑ / ↓)',
  'block.moveUp': 'Move block up',
  'block.moveDown': 'Move block down',

  'paste.imagesFailed':
    '{count} pasted images could not come along: the copied content only points to them (files on the other program’s computer or on the web), which the studio cannot read. Insert them with the Image button.',
  'paste.imageFailed':
    '1 pasted image could not come along: the copied content only points to it (a file on the other program’s computer or on the web), which the studio cannot read. Insert it with the Image button.',
};
