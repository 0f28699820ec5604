import type { caption as source } from '../id/caption.ts';

export const caption: Record<keyof typeof source, string> = {
  'caption.heuristic': 'A rough estimate (heuristic), not an exact measure.',
  'caption.platform.instagram': 'Instagram',
  'caption.platform.tiktok': 'TikTok',
  'caption.platform.facebook': 'Facebook',
  'caption.kind.phone': 'phone number',
  'caption.kind.nik': 'NIK-like number',
  'caption.kind.email': 'email address',

  'caption.too_long.title': 'Caption length',
  'caption.too_long.what':
    "Characters in the whole caption (emoji counted per code point, as the platforms do), compared with the platform's limit: Instagram 2,200, TikTok 4,000, Facebook 63,206.",
  'caption.too_long.message': 'The caption is {length} characters; the {platform} limit is {limit}.',
  'caption.too_long.why':
    'Platforms refuse or cut a caption over the limit, and what matters at the end (the ask, the link, the contact) is lost.',
  'caption.too_long.fix':
    'Cut it down to the main message: one idea, one ask. Move long explanations to the first comment, a thread, or the page in the bio link.',

  'caption.long_first_line.title': 'First line',
  'caption.long_first_line.what':
    'Length of the first line in characters: the text up to the first line break (or the whole caption when there is none). Instagram shows only about 125 characters before "more".',
  'caption.long_first_line.message':
    'The first line is {length} characters; readers see only about {limit} before "more".',
  'caption.long_first_line.why':
    'Most people read only the first line while scrolling. If the core of the message is cut off, they never learn why they should care.',
  'caption.long_first_line.fix':
    'Put the core message and the reason to care in the first sentence, under 125 characters, then a line break.',

  'caption.too_many_hashtags.title': 'Too many hashtags',
  'caption.too_many_hashtags.what':
    'Number of distinct hashtags (# followed by letters, digits or underscores; the same tag counted once).',
  'caption.too_many_hashtags.message': '{count} hashtags: Instagram refuses more than {limit}.',
  'caption.too_many_hashtags.why':
    'Instagram does not publish a caption with more than 30 hashtags; the post fails or loses its caption.',
  'caption.too_many_hashtags.fix':
    'Keep 3–5 at most: one campaign tag, one organisation tag, and one or two issue tags people actually search for.',

  'caption.many_hashtags.title': 'Many hashtags',
  'caption.many_hashtags.what': 'More than 5 distinct hashtags in one caption.',
  'caption.many_hashtags.message': '{count} hashtags; more than {limit} reads as noise.',
  'caption.many_hashtags.why':
    'A long row of hashtags looks like spam, buries the message and adds no reach.',
  'caption.many_hashtags.fix':
    'Keep the 3–5 that matter. Use the same campaign tag every time, so people can follow it.',

  'caption.no_cta.title': 'Call to action',
  'caption.no_cta.what':
    'Whether a word or phrase of the Indonesian and English lists is there (ayo, yuk, dukung, bagikan, tanda tangani, ikuti, gabung, daftar, klik, link di bio; join, sign, share, follow, register, donate…), as a whole word, in any case, also with Indonesian -lah (dukunglah).',
  'caption.no_cta.message': 'No call to action (e.g. join, sign, share, follow).',
  'caption.no_cta.why':
    'A campaign post that asks for nothing is read and forgotten. A clear ask turns sympathy into support you can count.',
  'caption.no_cta.fix':
    'End with one clear, easy ask: "Sign the petition (link in bio)", "Share this with your work group", "Join the union: register at …".',

  'caption.jargon.title': 'Jargon and acronyms',
  'caption.jargon.what':
    "Terms on the jargon list (e.g. Just Transition, FoA, ILO C87, omnibus, tripartit, UMP, UMK, plus the programme's list) and uncommon capital-letter acronyms that the caption does not explain.",
  'caption.jargon.message': 'Jargon or acronyms not explained: {terms}.',
  'caption.jargon.why':
    "Union terms and acronyms that officers know well are foreign to the public; readers who don't understand stop reading.",
  'caption.jargon.fix':
    'Use everyday words, or explain the term once where it first appears: "Upah Minimum Provinsi (UMP)" or "UMP (the provincial minimum wage)".',

  'caption.long_sentences.title': 'Readability',
  'caption.long_sentences.what':
    'Estimates: mean words per sentence, syllables per word (counted from vowels), and the number of sentences over 25 words. A sentence ends at . ! ? … or a line break.',
  'caption.long_sentences.message': 'Sentences longer than {limit} words: {count}.',
  'caption.long_sentences.why':
    'Long sentences are hard to read on a phone screen; readers lose the point before the sentence ends.',
  'caption.long_sentences.fix':
    'Split them into short sentences, one idea each. A rough target: under 15 words per sentence on average.',

  'caption.shouting.title': 'All capitals',
  'caption.shouting.what':
    'Words written all in capitals (4 letters or more) making up more than 30% of all words, or 3 or more capitalised words in a row. Acronyms are not counted.',
  'caption.shouting.message':
    'Too much ALL CAPS: {words} words ({share}% of all words), up to {run} in a row.',
  'caption.shouting.why':
    'All capitals read as shouting, are harder to read, and make a message look angry or like spam.',
  'caption.shouting.fix':
    'Write in normal case. For emphasis use a single word, or put the slogan on the poster rather than in the caption.',

  'caption.emoji_heavy.title': 'Emoji',
  'caption.emoji_heavy.what':
    'Number of emoji (flags and joined emoji count as one) and their density per 100 words. Flagged with 5 emoji or more and more than 15 per 100 words.',
  'caption.emoji_heavy.message': '{count} emoji, {density} per 100 words.',
  'caption.emoji_heavy.why':
    'A few emoji set the tone and break up text; too many make the message hard to read, and screen readers read every one aloud.',
  'caption.emoji_heavy.fix':
    'Keep the emoji that add meaning (📍 for a place, 🕙 for a time). Never replace an important word with an emoji.',

  'caption.personal_data.title': 'Personal data',
  'caption.personal_data.what':
    'Possible personal data: Indonesian phone numbers (08…, +62…, 62…, also in wa.me links), runs of 16 digits that look like a NIK, and email addresses.',
  'caption.personal_data.message':
    'Possible personal data ({count}: {kinds}). Make sure its owner agrees before publishing.',
  'caption.personal_data.why':
    "A person's phone number, NIK or email in public can be used for harassment, fraud or retaliation by an employer. A union must protect its members and sources.",
  'caption.personal_data.fix':
    "Remove other people's data. Use the organisation's official contact, or get the owner's written consent first.",

  'caption.links.title': 'Links',
  'caption.links.what':
    'Web addresses in the caption: with http(s):// or www., and short domains such as s.id/… or bit.ly/….',
  'caption.links.why':
    'Links in an Instagram caption cannot be clicked; people have to retype them. On Facebook and TikTok they show, but links with an unclear destination are rarely opened.',
  'caption.links.fix':
    'On Instagram write "link in bio" and put the link in the bio. Use a short, readable link (s.id/upahlayak), not random letters.',

  'caption.mentions.title': 'Mentions',
  'caption.mentions.what': 'Accounts mentioned with @name.',
  'caption.mentions.why':
    'Mentioning an account notifies it and can widen the reach, but naming a person without consent can put them at risk.',
  'caption.mentions.fix':
    'Mention partner and organisation accounts; mention private people only with their consent.',
};
