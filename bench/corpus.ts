// Deterministic text for the benchmarks: Indonesian and English news prose with a Zipf-like word
// distribution, so common words are very common and rare words are rare, as in a real archive.
const INDONESIAN = `yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga oleh sudah saya ada bisa karena
  mereka kami kita lebih tahun pemerintah presiden menteri negara rakyat harga beras minyak listrik jalan kota desa
  provinsi Jakarta Surabaya Bandung Medan Makassar Papua Aceh Bali pemilu partai dewan hukum polisi jaksa hakim sidang
  korupsi anggaran ekonomi inflasi rupiah bank pasar ekspor impor petani nelayan buruh sekolah guru murid rumah sakit
  dokter pasien banjir gempa kebakaran hutan cuaca hujan kemarau bandara pelabuhan kereta kapal pesawat tentara
  perang damai perjanjian sanksi Korea Utara Selatan Rusia China Amerika Jepang diplomasi intelijen insinyur pasukan
  laporan menurut mengatakan menyebut menjelaskan mengungkapkan data survei persen juta miliar triliun kenaikan
  penurunan kebijakan program bantuan sosial subsidi pajak investasi industri teknologi digital internet media berita`;
const ENGLISH = `the of and to in a is that for on with as was by it at from this be are have has not but an they which
  government president minister country people price rice oil power road city village province election party council
  law police court trial corruption budget economy inflation bank market export import farmer worker school teacher
  hospital doctor flood earthquake fire forest weather rain drought airport port train ship plane army war peace treaty
  sanctions North South Korea Russia China America Japan diplomacy intelligence engineers troops report according said
  explained revealed data survey percent million billion increase decrease policy program aid social subsidy tax
  investment industry technology digital internet media news analysts strategic motive support military`;

export const COMMON_WORDS = { id: words(INDONESIAN), en: words(ENGLISH) };
const SYLLABLES = ['ka', 'ru', 'ma', 'ti', 'lo', 'ne', 'sa', 'pu', 'ri', 'do', 'gan', 'tor', 'wi', 'zen', 'bek', 'ul'];

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** A small seeded generator (LCG), so every run builds the same corpus. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Rare words: 5,000 made-up names, each appearing in a handful of articles of a 50,000-article archive. */
export function rareWord(n: number): string {
  let word = '';
  for (let i = n + 7; word.length < 9; i = Math.floor(i / 16) + 3) word += SYLLABLES[i % 16];
  return `${word}${n % 97}`;
}

/** Zipf-ish: index ~ n^(1/(1-s)) picks early (common) words far more often. */
function zipfIndex(next: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(size * next() ** 3));
}

export function sentence(next: () => number, language: 'id' | 'en', length = 8 + Math.floor(next() * 14)): string {
  const vocabulary = COMMON_WORDS[language];
  const out: string[] = [];
  for (let i = 0; i < length; i++)
    out.push(next() < 0.002 ? rareWord(Math.floor(next() * 5000)) : vocabulary[zipfIndex(next, vocabulary.length)]!);
  const first = out[0]!;
  out[0] = first[0]!.toUpperCase() + first.slice(1);
  return `${out.join(' ')}.`;
}

/** Paragraphs totalling about `wordCount` words. */
export function paragraphs(next: () => number, language: 'id' | 'en', wordCount: number): string[] {
  const result: string[] = [];
  let count = 0;
  while (count < wordCount) {
    const sentences: string[] = [];
    for (let i = 0; i < 3 + Math.floor(next() * 3); i++) sentences.push(sentence(next, language));
    const paragraph = sentences.join(' ');
    count += paragraph.split(' ').length;
    result.push(paragraph);
  }
  return result;
}
