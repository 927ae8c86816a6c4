/**
 * Word and WPS do not paste lists as <ul>/<ol>: each item is a <p> whose style says
 * `mso-list:l0 level2 lfo1`, with the bullet or number as literal text in a
 * `mso-list:Ignore` span. This turns runs of such paragraphs back into nested lists.
 */

const listStyle = /mso-list:\s*l\d+/i;
const orderedMarker = /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]/i;

function isWordListParagraph(element: Element): boolean {
  return element.tagName === 'P' && listStyle.test(element.getAttribute('style') ?? '');
}

function listLevel(paragraph: Element): number {
  const match = /level(\d+)/i.exec(paragraph.getAttribute('style') ?? '');
  return match ? Number(match[1]) : 1;
}

/** Removes the literal bullet/number and says whether it was a number. */
function takeMarker(paragraph: Element): boolean {
  const marker = Array.from(paragraph.querySelectorAll('span')).find((span) =>
    /mso-list:\s*Ignore/i.test(span.getAttribute('style') ?? ''),
  );
  if (!marker) return false;
  const text = (marker.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  marker.remove();
  return orderedMarker.test(text);
}

function buildList(doc: Document, paragraphs: Element[]): void {
  const stack: { level: number; list: HTMLElement }[] = [];
  const first = paragraphs[0];
  if (!first) return;
  for (const paragraph of paragraphs) {
    const level = listLevel(paragraph);
    const ordered = takeMarker(paragraph);
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) > level) stack.pop();
    let top = stack.at(-1);
    if (!top || top.level < level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      if (top) {
        const parentItem =
          top.list.lastElementChild ?? top.list.appendChild(doc.createElement('li'));
        parentItem.appendChild(list);
      } else {
        first.before(list);
      }
      top = { level, list };
      stack.push(top);
    }
    const item = doc.createElement('li');
    item.append(...Array.from(paragraph.childNodes));
    top.list.appendChild(item);
    paragraph.remove();
  }
}

export function convertWordLists(doc: Document): void {
  const paragraphs = Array.from(doc.body.querySelectorAll('p')).filter(isWordListParagraph);
  let index = 0;
  while (index < paragraphs.length) {
    const run: Element[] = [];
    let current = paragraphs[index];
    while (current && (run.length === 0 || run.at(-1)?.nextElementSibling === current)) {
      run.push(current);
      current = paragraphs[index + run.length];
    }
    buildList(doc, run);
    index += run.length;
  }
}
