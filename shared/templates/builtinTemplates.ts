// The templates every newsroom starts with. Guidance is shown in empty slots while editing only.
import { HERO_SPEC } from '../editor/imageSlot';
import { section, type Template } from './templateSchema';

const g = (en: string, id: string) => ({ en, id });

const OPTIONAL_HERO = { ...HERO_SPEC, required: false };

export const BUILTIN_TEMPLATES: readonly Template[] = [
  {
    id: 'explainer',
    name: 'Explainer',
    description: 'Hero image, numbered sections (5 by default) and a conclusion.',
    builtin: true,
    definition: {
      hero: HERO_SPEC,
      blocks: [
        section({
          role: 'section',
          numbered: true,
          repeat: 5,
          repeatable: true,
          titleGuidance: g('Section heading: the one point this part explains', 'Judul bagian: satu hal yang dijelaskan bagian ini'),
          bodyGuidance: g(
            'Explain it in two or three short paragraphs. Say where every fact comes from.',
            'Jelaskan dalam dua atau tiga paragraf pendek. Sebutkan sumber setiap fakta.',
          ),
        }),
        section({
          role: 'conclusion',
          titleGuidance: g('Conclusion heading: the takeaway', 'Judul penutup: inti yang perlu diingat pembaca'),
          bodyGuidance: g(
            'What it all means for the reader, in one or two paragraphs.',
            'Apa artinya bagi pembaca, dalam satu atau dua paragraf.',
          ),
        }),
      ],
    },
  },
  {
    id: 'news',
    name: 'News story',
    description: 'Lede, nut graf, body, background and quotes.',
    builtin: true,
    definition: {
      hero: OPTIONAL_HERO,
      blocks: [
        section({
          role: 'lede',
          titled: false,
          bodyGuidance: g(
            'Lede: who did what, when and where, in one sentence.',
            'Teras: siapa melakukan apa, kapan dan di mana, dalam satu kalimat.',
          ),
        }),
        section({
          role: 'nut-graf',
          titled: false,
          bodyGuidance: g('Nut graf: why this matters now.', 'Paragraf inti: mengapa ini penting sekarang.'),
        }),
        section({
          role: 'body',
          titled: false,
          bodyGuidance: g(
            'The story, most important facts first. Attribute every claim.',
            'Isi berita, fakta terpenting lebih dulu. Sebutkan sumber setiap klaim.',
          ),
        }),
        section({
          role: 'background',
          required: false,
          title: g('Background', 'Latar belakang'),
          bodyGuidance: g('Context a reader new to the story needs.', 'Konteks yang dibutuhkan pembaca yang baru mengikuti berita ini.'),
        }),
        section({
          role: 'quotes',
          title: g('What they said', 'Kata mereka'),
          bodyGuidance: g('Quotes with the speaker’s full name and role.', 'Kutipan dengan nama lengkap dan jabatan narasumber.'),
        }),
      ],
    },
  },
  {
    id: 'interview',
    name: 'Interview (Q&A)',
    description: 'An introduction, then questions and answers.',
    builtin: true,
    definition: {
      hero: OPTIONAL_HERO,
      blocks: [
        section({
          role: 'intro',
          titled: false,
          bodyGuidance: g(
            'Who is speaking, why them, why now; where and when the interview took place.',
            'Siapa narasumbernya, mengapa dia, mengapa sekarang; di mana dan kapan wawancara dilakukan.',
          ),
        }),
        section({
          role: 'question',
          repeat: 5,
          repeatable: true,
          titleGuidance: g('Question', 'Pertanyaan'),
          bodyGuidance: g('Answer, edited for length and clarity.', 'Jawaban, disunting agar ringkas dan jelas.'),
        }),
      ],
    },
  },
  {
    id: 'analysis',
    name: 'Analysis / opinion',
    description: 'The argument, its grounds, the other side and a conclusion.',
    builtin: true,
    definition: {
      hero: OPTIONAL_HERO,
      blocks: [
        section({
          role: 'thesis',
          titled: false,
          bodyGuidance: g('The argument in one or two sentences.', 'Argumen utama dalam satu atau dua kalimat.'),
        }),
        section({
          role: 'argument',
          repeat: 3,
          repeatable: true,
          titleGuidance: g('A reason, as a heading', 'Satu alasan, sebagai judul'),
          bodyGuidance: g('The evidence for it, with sources.', 'Bukti untuk alasan ini, dengan sumbernya.'),
        }),
        section({
          role: 'counterargument',
          title: g('The other side', 'Pandangan lain'),
          bodyGuidance: g(
            'The strongest objection, fairly put, and the answer to it.',
            'Keberatan terkuat, disampaikan dengan adil, dan jawabannya.',
          ),
        }),
        section({
          role: 'conclusion',
          titleGuidance: g('Conclusion heading', 'Judul kesimpulan'),
          bodyGuidance: g('What should follow.', 'Apa yang semestinya terjadi.'),
        }),
      ],
    },
  },
  {
    id: 'fact-check',
    name: 'Fact-check',
    description: 'The claim, the verdict up front, the evidence and the conclusion (Kesimpulan).',
    builtin: true,
    definition: {
      hero: OPTIONAL_HERO,
      blocks: [
        section({
          role: 'claim',
          title: g('The claim', 'Klaim'),
          bodyGuidance: g(
            'Quote the claim exactly; who made it, where and when.',
            'Kutip klaim apa adanya; siapa yang menyebarkan, di mana dan kapan.',
          ),
        }),
        section({
          role: 'verdict',
          title: g('Verdict', 'Penilaian'),
          bodyGuidance: g('The rating, and one sentence saying why.', 'Penilaian, dan satu kalimat alasannya.'),
        }),
        section({
          role: 'evidence',
          title: g('The evidence', 'Fakta'),
          bodyGuidance: g(
            'How it was checked: sources, documents, experts asked. Link each one.',
            'Cara pengecekan: sumber, dokumen, ahli yang ditanya. Tautkan masing-masing.',
          ),
        }),
        section({
          role: 'conclusion',
          title: g('Conclusion', 'Kesimpulan'),
          bodyGuidance: g(
            'Restate the verdict and what the reader should know.',
            'Tegaskan kembali penilaian dan yang perlu diketahui pembaca.',
          ),
        }),
      ],
    },
  },
];

export function findBuiltinTemplate(id: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
