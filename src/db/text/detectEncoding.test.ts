// Tests the whole-file encoding guess and the table-driven transcoding: each encoding recognised with
// its reason, Mac Roman checked against Node's own decoder, valid UTF-8 passed through uncopied.
import { describe, expect, it } from 'vitest';
import { detectEncoding, firstHighByte, firstInvalidUtf8 } from './detectEncoding';
import { transcodeToUtf8 } from './transcodeToUtf8';
import { decodeCsvText } from './decodeCsvText';
import { encodeText } from '../uglyFiles';
import { DataLoadError } from '../dataLoadError';

const FRENCH = 'nom;ville;note\nÉlodie;Orléans;très bien\nFrançois;Besançon;l’été, 12 €\nZoë;Nîmes;œuvre\n';
const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('detectEncoding', () => {
  it('recognises every supported encoding of the same French text', () => {
    expect(detectEncoding(encodeText(FRENCH, 'utf-8')).encoding).toBe('utf-8');
    expect(detectEncoding(encodeText(FRENCH, 'utf-8', true)).reason).toMatch(/byte-order mark/);
    expect(detectEncoding(encodeText(FRENCH, 'utf-16le', true)).encoding).toBe('utf-16le');
    expect(detectEncoding(encodeText(FRENCH, 'utf-16be', true)).encoding).toBe('utf-16be');
    expect(detectEncoding(encodeText(FRENCH, 'utf-16be')).encoding).toBe('utf-16be');
    expect(detectEncoding(encodeText(FRENCH, 'windows-1252')).reason).toBe('Windows-1252: bytes 0x80-0x9F such as ’ (0x92) at line 3');
    expect(detectEncoding(encodeText(FRENCH, 'macintosh')).encoding).toBe('macintosh');
    const latin = 'nom;ville\nÉlodie;Orléans\n';
    expect(detectEncoding(encodeText(latin, 'iso-8859-1'))).toMatchObject({ encoding: 'iso-8859-1', reason: expect.stringMatching(/line 2/) });
    expect(detectEncoding(encodeText(latin, 'macintosh')).encoding).toBe('macintosh');
  });

  it('does not take Windows-1252 amounts in € (0x80, Mac Roman\'s Ä) for capitals of Mac Roman words', () => {
    const orders = 'ville;montant\nOrléans;12,50 €\nSète;8,00 €\nNîmes;4,99 €\nSète;15,00 €\nBesançon;19,90 €\n';
    expect(detectEncoding(encodeText(orders, 'windows-1252')).encoding).toBe('windows-1252');
    expect(detectEncoding(encodeText(orders, 'macintosh')).encoding).toBe('macintosh');
  });

  it('says plain ASCII is UTF-8', () => {
    expect(detectEncoding(encodeText('a,b\n1,2\n', 'utf-8')).reason).toBe('UTF-8: the file is plain ASCII');
  });
});

describe('transcodeToUtf8', () => {
  it('reads Windows-1252 0x80-0x9F and Mac Roman like their standard tables', () => {
    const w = new Uint8Array([0x80, 0x92, 0x9c, 0x8c, 0xe9, 0x41]);
    expect(utf8(transcodeToUtf8(w, 'windows-1252').bytes)).toBe('€’œŒéA');
    const all = Uint8Array.from({ length: 256 }, (_, i) => i).filter((b) => b !== 0);
    expect(utf8(transcodeToUtf8(all, 'macintosh').bytes)).toBe(new TextDecoder('macintosh').decode(all));
    expect(utf8(transcodeToUtf8(all, 'iso-8859-1').bytes)).toBe(String.fromCharCode(...all));
  });

  it('passes valid UTF-8 through without a copy, and counts bytes a forced UTF-8 reading cannot show', () => {
    const bytes = encodeText(FRENCH, 'utf-8');
    expect(transcodeToUtf8(bytes, 'utf-8')).toEqual({ bytes, transcoded: false, replaced: 0 });
    expect(transcodeToUtf8(bytes, 'utf-8').bytes).toBe(bytes);
    const forced = transcodeToUtf8(encodeText(FRENCH, 'windows-1252'), 'utf-8');
    expect(forced.replaced).toBe([...FRENCH].filter((ch) => ch.charCodeAt(0) > 0x7f).length);
  });

  it('decodes UTF-16 with and without a byte-order mark', () => {
    expect(utf8(transcodeToUtf8(encodeText(FRENCH, 'utf-16le', true), 'utf-16le').bytes)).toBe(FRENCH);
    expect(utf8(transcodeToUtf8(encodeText(FRENCH, 'utf-16be'), 'utf-16be').bytes)).toBe(FRENCH);
  });
});

describe('decodeCsvText', () => {
  it('refuses a binary file with the line and column of its NUL byte', () => {
    expect(() => decodeCsvText(new Uint8Array([0x61, 0x0a, 0x62, 0x00]), 'f.bin')).toThrow(DataLoadError);
    try {
      decodeCsvText(new Uint8Array([0x61, 0x0a, 0x62, 0x00]), 'f.bin');
    } catch (error) {
      expect(error).toMatchObject({ line: 2, column: 2 });
    }
  });

  it('refuses UTF-16 text holding a NUL character, placed in the transcoded text', () => {
    const text = encodeText('id;nom\n1;a\u0000b\n', 'utf-16le', true);
    expect(() => decodeCsvText(text, 'f.csv')).toThrow(/binary data/);
    try {
      decodeCsvText(text, 'f.csv');
    } catch (error) {
      expect(error).toMatchObject({ line: 2, column: 4 });
    }
    expect(utf8(decodeCsvText(encodeText('id;nom\n1;ab\n', 'utf-16le', true), 'f.csv').bytes)).toContain('1;ab');
  });

  it('uses the encoding the user chose and says so', () => {
    const decoded = decodeCsvText(encodeText(FRENCH, 'windows-1252'), 'f.csv', 'macintosh');
    expect(decoded).toMatchObject({ encoding: 'macintosh', reason: 'Mac Roman: chosen by you', transcoded: true });
  });
});

describe('the whole-file byte checks', () => {
  it('find the first high byte wherever it sits, whatever the alignment of the bytes', () => {
    const buffer = new Uint8Array(64 + 4).fill(0x61);
    for (let offset = 0; offset < 4; offset++) {
      for (let at = 0; at < 40; at++) {
        const bytes = buffer.slice().subarray(offset, offset + 60);
        expect(firstHighByte(bytes, 0), `offset ${offset}`).toBe(bytes.length);
        expect(firstInvalidUtf8(bytes)).toBe(-1);
        bytes[at] = 0xe9;
        expect(firstHighByte(bytes, 0), `offset ${offset} at ${at}`).toBe(at);
        expect(firstInvalidUtf8(bytes), `offset ${offset} at ${at}`).toBe(at);
        bytes.set([0xc3, 0xa9], at);
        expect(firstInvalidUtf8(bytes), `valid é, offset ${offset} at ${at}`).toBe(-1);
      }
    }
  });
});
