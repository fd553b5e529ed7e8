/** The one floating box the citation previews and the glossary definitions share (styled as .cite-tip). */
export function tooltip(doc: Document, id: string): HTMLDivElement {
  const tip = doc.createElement('div');
  tip.id = id;
  tip.className = 'cite-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  doc.body.append(tip);
  return tip;
}
