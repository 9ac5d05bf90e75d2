import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gender, personRole } from '#contracts/codes/cases';
import { readCsv, readImportFile, readXlsx } from './import-file';
import { headerSimilarity, mappingFromKnownHeaders } from './import-mapping';
import { displayName, excelSerialToIso, matchRole, matchSex, parseAgencyDate } from './import-values';

describe('dates as agencies write them', () => {
  it.each([
    ['12/01/2024', '2024-01-12'],
    ['3/4/2024', '2024-04-03'],
    ['03-04-2024', '2024-04-03'],
    ['12 Januari 2024', '2024-01-12'],
    ['12 januari 2024', '2024-01-12'],
    ['1 Agustus 1990', '1990-08-01'],
    ['1 Ogos 1990', '1990-08-01'],
    ['5 Mac 2023', '2023-03-05'],
    ['17 Julai 2023', '2023-07-17'],
    ['9 Disember 2022', '2022-12-09'],
    ['25-Des-2021', '2021-12-25'],
    ['2024-01-12', '2024-01-12'],
    ['45303', '2024-01-12'],
  ])('%s → %s', (input, expected) => expect(parseAgencyDate(input)).toBe(expected));

  it.each(['31/02/2024', '12 Foo 2024', '2024/13/01', 'kemarin', ''])('refuses %j', (input) =>
    expect(parseAgencyDate(input)).toBeNull());

  it('reads Excel serial 1 January 1900 + leap-year bug correctly from day 61', () => {
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(32874)).toBe('1990-01-01');
  });
});

describe('names and codes', () => {
  it('makes names in capitals readable and keeps mixed case as written', () => {
    expect(displayName('SITI AMINAH BINTI ABDULLAH')).toBe('Siti Aminah binti Abdullah');
    expect(displayName('  MUHAMMAD   RIZKI ')).toBe('Muhammad Rizki');
    expect(displayName("NUR'AINI")).toBe("Nur'Aini");
    expect(displayName('Siti AMINAH')).toBe('Siti AMINAH');
  });
  it('reads sex and role as agencies write them', () => {
    expect(matchSex(gender, 'L')).toBe('male');
    expect(matchSex(gender, 'Perempuan')).toBe('female');
    expect(matchSex(gender, 'Lelaki')).toBe('male');
    expect(matchRole(personRole, 'KORBAN')).toBe('victim');
    expect(matchRole(personRole, 'Mangsa')).toBe('victim');
    expect(matchRole(personRole, 'tersangka')).toBe('suspect');
    expect(matchRole(personRole, 'X')).toBeNull();
  });
  it('suggests a mapping from known column names and compares headers', () => {
    expect(mappingFromKnownHeaders(['No. LP', 'Tgl Laporan', 'Nama', 'NIK', 'L/P', 'Tgl. Lahir'])).toEqual({
      caseRef: 'No. LP',
      reportedOn: 'Tgl Laporan',
      fullName: 'Nama',
      nik: 'NIK',
      sex: 'L/P',
      birthDate: 'Tgl. Lahir',
    });
    expect(headerSimilarity(['Nama', 'NIK', 'JK'], ['nama', 'nik', 'Alamat'])).toBe(0.5);
  });
});

const csv = (text: string) => Buffer.from(text, 'utf8');
const problemOf = async (bytes: Buffer) => {
  try {
    await readImportFile('x.csv', bytes);
  } catch (error) {
    return (error as Error).message;
  }
  return null;
};

describe('bad files', () => {
  it('refuses a file not in UTF-8, naming the row and column', async () => {
    const latin1 = Buffer.concat([csv('Nama;Kota\nAni;Batam\nBudi;T'), Buffer.from([0xe9]), csv('rbang\n')]);
    expect(await problemOf(latin1)).toMatch(/^Row 3, column B: the file is not UTF-8/);
  });
  it('refuses a file without header row', async () => {
    expect(await problemOf(csv('LP/01/2024,12/01/2024,SITI\n'))).toMatch(/^Row 1, column B: the first row must name the columns, but "12\/01\/2024" looks like data/);
  });
  it('refuses a header with an empty or repeated name', async () => {
    expect(await problemOf(csv('Nama,,NIK\n'))).toMatch(/^Row 1, column B: this column has no name/);
    expect(await problemOf(csv('Nama,NIK,nama\n'))).toMatch(/^Row 1, column C: the column name "nama" appears twice/);
  });
  it('reports a row with one column too many, formulas and empty lines by row and column', () => {
    const file = readCsv(csv('Nama,Kota\nAni,Batam\n\nBudi,Tanjung Pinang,extra\n=SUM(A1:A2),Batam\n"Cici, S.",-5\n'));
    expect(file.headers).toEqual(['Nama', 'Kota']);
    expect(file.notices).toEqual([{ row: 3, column: null, code: 'empty-line', message: 'Row 3: empty line skipped' }]);
    expect(file.rows.map((r) => [r.row, r.problems.map((p) => p.message)])).toEqual([
      [2, []],
      [4, ['Row 4, column C: one column more than the header has ("extra"); a separator inside a value needs quotes']],
      [5, ['Row 5, column "Nama": a formula (=SUM(A1:A2)) is not imported; paste the values instead']],
      [6, []],
    ]);
    expect(file.rows[3]!.cells).toEqual(['Cici, S.', '-5']);
  });
  it('names the line of a broken quote', async () => {
    expect(await problemOf(csv('Nama,Kota\nAni,Batam\nBu"di,Batam\n'))).toMatch(/^Row 3, column A: .*quote/);
  });
  it('reads semicolon files with a BOM', () => {
    const file = readCsv(csv('\ufeffNama;NIK\nAni;2171014101900001\n'));
    expect(file.rows[0]!.cells).toEqual(['Ani', '2171014101900001']);
  });
});

describe('XLSX', () => {
  it('keeps NIK as text, flags numbers Excel cut to 15 digits, reads dates and formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['Nama', 'NIK', 'Tgl Lahir', 'Umur']);
    sheet.addRow(['SITI', 217101410190000, new Date(Date.UTC(1990, 0, 1)), 34]);
    sheet.addRow(['BUDI', 3171014101900001, 32874, { formula: 'YEAR(NOW())-1990', result: 36 }]);
    const file = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(file.rows[0]!.cells).toEqual(['SITI', '217101410190000', '1990-01-01', '34']);
    expect(file.rows[0]!.problems).toEqual([]);
    expect(file.rows[1]!.cells[1]).toBe('3171014101900001');
    expect(file.rows[1]!.problems.map((p) => [p.code, p.column])).toEqual([
      ['formula', 'Umur'],
      ['number-precision', 'NIK'],
    ]);
  });
});
