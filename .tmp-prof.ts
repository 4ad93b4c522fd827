import { readImport, planImport } from './shared/exchange'
const rows = Array.from({ length: 10000 }, (_, i) => `Firstname${i},Lastname${i},https://www.linkedin.com/in/person-${i}-a1b2c3,,Company ${i % 700} Ltd,Senior Account Manager,${(i % 28) + 1} Mar 2021`)
const text = '\uFEFFNotes:\r\n"x"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n' + rows.join('\r\n') + '\r\n'
for (let k = 0; k < 2; k++) {
let t = performance.now()
const read = readImport('c.csv', text)
console.log('read', performance.now() - t); t = performance.now()
let n = 0
planImport([], read, { now: new Date(), newId: () => `id-${++n}` })
console.log('plan', performance.now() - t)
}
