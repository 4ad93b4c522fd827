/** Import files as real exporters write them, generated so the bench needs no fixtures: sizes are what users send. */

/** Base64 folded the 2.1 way (Android, Outlook): 76 characters a line, each continuation indented. */
function foldedBase64(bytes: number, seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const chars: string[] = []
  let x = seed
  for (let i = 0; i < Math.ceil((bytes * 4) / 3); i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    chars.push(alphabet[x % 64]!)
  }
  const text = chars.join('')
  const lines: string[] = []
  for (let i = 0; i < text.length; i += 76) lines.push(`${i === 0 ? '' : ' '}${text.slice(i, i + 76)}`)
  return lines.join('\r\n')
}

/** An Android/Outlook vCard 2.1 export: every card with a photo and a quoted-printable note with soft breaks. */
export function vcard21Export(cards: number, photoBytes: number): string {
  const out: string[] = []
  for (let i = 0; i < cards; i++) {
    out.push(
      'BEGIN:VCARD',
      'VERSION:2.1',
      `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:K=C3=B6hler;J=C3=B6rg ${i};;;`,
      `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=B6rg ${i} K=C3=B6hler`,
      `TEL;CELL;PREF:+49 30 555 ${String(i).padStart(4, '0')}`,
      `EMAIL;PREF;INTERNET:jorg${i}@example.com`,
      'ORG:Beispiel GmbH',
      `NOTE;ENCODING=QUOTED-PRINTABLE:${Array.from({ length: 40 }, (_, n) => `Zeile ${n} mit Umlaut =C3=A4`).join('=\r\n')}`,
      `PHOTO;ENCODING=BASE64;JPEG:${foldedBase64(photoBytes, i + 1)}`,
      '',
      'END:VCARD',
    )
  }
  return `${out.join('\r\n')}\r\n`
}

/** The 2.1 trap on its own: one note made of `count` quoted-printable soft line breaks. */
export function softBreaksCard(count: number): string {
  return [
    'BEGIN:VCARD',
    'VERSION:2.1',
    'FN:Soft Breaks',
    `NOTE;ENCODING=QUOTED-PRINTABLE:${Array.from({ length: count }, () => 'ab').join('=\r\n')}`,
    'END:VCARD',
    '',
  ].join('\r\n')
}

/** LinkedIn's Connections.csv with its preamble, `rows` connections. */
export function linkedInExport(rows: number): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ]
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Firstname${i},Lastname${i},https://www.linkedin.com/in/person-${i},person${i}@example.com,"Company ${i % 900}, Inc.",Senior Product Manager ${i % 37},${(i % 28) + 1} Jan 20${String(10 + (i % 15))}`,
    )
  }
  return `${lines.join('\n')}\n`
}
