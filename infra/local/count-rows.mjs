// Counts the rows of a table in the local storage emulator (well-known development account) that match an OData
// filter: node infra/local/count-rows.mjs TABLE FILTER [TABLE_PORT]. The smoke run reads what the app stored with it.
import { createHmac } from 'node:crypto';
const [table, filter, port = '10002'] = process.argv.slice(2);
const account = 'devstoreaccount1';
const key = Buffer.from('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==', 'base64');
let count = 0, next = '';
do {
  const date = new Date().toUTCString();
  const path = `/${account}/${table}()`;
  const sig = createHmac('sha256', key).update(`${date}\n/${account}${path}`).digest('base64');
  const res = await fetch(`http://127.0.0.1:${port}${path}?$select=PartitionKey&$filter=${encodeURIComponent(filter)}${next}`, {
    headers: { 'x-ms-date': date, 'x-ms-version': '2019-02-02', Accept: 'application/json;odata=nometadata', Authorization: `SharedKeyLite ${account}:${sig}` },
  });
  if (res.status === 404) break;
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  count += (await res.json()).value.length;
  const pk = res.headers.get('x-ms-continuation-nextpartitionkey'), rk = res.headers.get('x-ms-continuation-nextrowkey');
  next = pk ? `&NextPartitionKey=${encodeURIComponent(pk)}${rk ? `&NextRowKey=${encodeURIComponent(rk)}` : ''}` : '';
} while (next);
console.log(count);
