/**
 * A segment's file: magic, a JSON header (format version, lunr version, analyzer and its
 * pipeline, section table) and the typed arrays as raw little-endian bytes, with a CRC-32 of
 * everything after the fixed prefix. Loading is a read and a few array views, no parsing of
 * postings, so a large index opens in well under a second.
 */
import lunr from 'lunr';
import { crc32 } from 'node:zlib';
import { getAnalyzer, LUNR_VERSION } from './analyzers';
import { FIELDS, INDEX_FORMAT_VERSION } from './index-schema';
import type { SegmentData } from './segment-data';

const MAGIC = Buffer.from('PXSEG\u0000\u0000\u0001', 'latin1');
const PREFIX = MAGIC.length + 8; // magic, header length, crc32

interface Header {
  formatVersion: number;
  lunrVersion: string;
  endianness: 'LE';
  analyzer: string;
  pipeline: string[];
  searchPipeline: string[];
  fields: string[];
  docCount: number;
  termCount: number;
  sections: Record<'docIds' | 'fieldLengths' | 'terms' | 'termOffsets' | 'postings', [offset: number, length: number]>;
}

/** Why a saved segment cannot be used; the engine rebuilds. */
export class SegmentFormatError extends Error {
  constructor(
    message: string,
    readonly outdated: boolean,
  ) {
    super(message);
  }
}

const pipelineNames = (p: lunr.Pipeline) => p.toJSON() as unknown as string[];
const align8 = (n: number) => (n + 7) & ~7;

export function encodeSegment(data: SegmentData): Buffer {
  const analyzer = getAnalyzer(data.analyzer);
  const bodies: Array<[keyof Header['sections'], Uint8Array]> = [
    ['docIds', Buffer.from(data.docIds.join('\n'), 'utf8')],
    ['fieldLengths', new Uint8Array(data.fieldLengths.buffer, data.fieldLengths.byteOffset, data.fieldLengths.byteLength)],
    ['terms', Buffer.from(data.terms.join('\n'), 'utf8')],
    ['termOffsets', new Uint8Array(data.termOffsets.buffer, data.termOffsets.byteOffset, data.termOffsets.byteLength)],
    ['postings', data.postings],
  ];
  const header: Header = {
    formatVersion: INDEX_FORMAT_VERSION,
    lunrVersion: LUNR_VERSION,
    endianness: 'LE',
    analyzer: data.analyzer,
    pipeline: pipelineNames(analyzer.indexPipeline),
    searchPipeline: pipelineNames(analyzer.searchPipeline),
    fields: [...FIELDS],
    docCount: data.docIds.length,
    termCount: data.terms.length,
    sections: {} as Header['sections'],
  };
  // The header's size depends on the offsets in it: reserve room for the widest numbers, then pad.
  const probe = JSON.stringify({ ...header, sections: Object.fromEntries(bodies.map(([k]) => [k, [2 ** 40, 2 ** 40]])) });
  let offset = align8(PREFIX + Buffer.byteLength(probe) + 16);
  const headerSpace = offset - PREFIX;
  for (const [name, bytes] of bodies) {
    header.sections[name] = [offset, bytes.byteLength];
    offset = align8(offset + bytes.byteLength);
  }
  const out = Buffer.alloc(offset);
  MAGIC.copy(out, 0);
  const headerBytes = Buffer.from(JSON.stringify(header).padEnd(headerSpace, ' '), 'utf8');
  out.writeUInt32LE(headerSpace, MAGIC.length);
  headerBytes.copy(out, PREFIX);
  for (const [name, bytes] of bodies) out.set(bytes, header.sections[name][0]);
  out.writeUInt32LE(crc32(out.subarray(PREFIX)), MAGIC.length + 4);
  return out;
}

function view<T extends Uint32Array>(buf: Buffer, [offset, length]: [number, number]): T {
  const at = buf.byteOffset + offset;
  if (at % 4 === 0) return new Uint32Array(buf.buffer, at, length / 4) as T;
  return new Uint32Array(buf.buffer.slice(at, at + length)) as T;
}

export function decodeSegment(buf: Buffer): SegmentData {
  if (buf.length < PREFIX || !buf.subarray(0, MAGIC.length).equals(MAGIC)) throw new SegmentFormatError('not a Parallax search segment', false);
  const headerLength = buf.readUInt32LE(MAGIC.length);
  if (crc32(buf.subarray(PREFIX)) !== buf.readUInt32LE(MAGIC.length + 4)) throw new SegmentFormatError('checksum mismatch', false);
  const header = JSON.parse(buf.toString('utf8', PREFIX, PREFIX + headerLength)) as Header;
  if (header.formatVersion !== INDEX_FORMAT_VERSION) throw new SegmentFormatError(`format version ${header.formatVersion}, expected ${INDEX_FORMAT_VERSION}`, true);
  if (header.lunrVersion !== LUNR_VERSION) throw new SegmentFormatError(`built with lunr ${header.lunrVersion}, running ${LUNR_VERSION}`, true);
  if (header.fields.join() !== FIELDS.join()) throw new SegmentFormatError('indexed fields changed', true);
  // Set the language up (registering its functions), then load the saved pipeline: it fails
  // loudly if a function is not registered.
  const analyzer = getAnalyzer(header.analyzer);
  lunr.Pipeline.load(header.pipeline);
  if (header.pipeline.join() !== pipelineNames(analyzer.indexPipeline).join()) throw new SegmentFormatError('analyzer pipeline changed', true);
  const text = ([offset, length]: [number, number]) => buf.toString('utf8', offset, offset + length);
  const split = (s: string) => (s.length === 0 ? [] : s.split('\n'));
  const [pOffset, pLength] = header.sections.postings;
  const data: SegmentData = {
    analyzer: header.analyzer,
    docIds: split(text(header.sections.docIds)),
    fieldLengths: view(buf, header.sections.fieldLengths),
    terms: split(text(header.sections.terms)),
    termOffsets: view(buf, header.sections.termOffsets),
    postings: new Uint8Array(buf.buffer, buf.byteOffset + pOffset, pLength),
  };
  if (data.docIds.length !== header.docCount || data.terms.length !== header.termCount) throw new SegmentFormatError('section sizes disagree', false);
  return data;
}
