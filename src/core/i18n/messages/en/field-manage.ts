import type { fieldManage as source } from '../id/field-manage.ts';

export const fieldManage: Record<keyof typeof source, string> = {
  'field.sessions.title': 'Field sessions',
  'field.sessions.intro':
    'One session is one place and time, such as Car Free Day. Volunteers join with the session code and log the public’s responses with one tap.',
  'field.sessions.empty': 'No field sessions yet. Create the first one below.',
  'field.sessions.live': 'Live dashboard',
  'field.sessions.code': 'Join code: {code}',
  'field.sessions.print': 'Print the QR strip',
  'field.sessions.joinQr': 'QR code for volunteers',
  'field.form.title': 'New session',
  'field.form.name': 'Session name',
  'field.form.place': 'Place',
  'field.form.starts': 'Starts',
  'field.form.ends': 'Ends',
  'field.form.timeZone': 'Time zone',
  'field.form.variants': 'Variants tested (one per line)',
  'field.form.variantsHint': 'The posters or messages shown to the public, such as "Poster A".',
  'field.form.target': 'Where each QR code leads (optional, one per line in the variants’ order)',
  'field.form.posters': 'Posters from campaign plans',
  'field.form.postersHint': 'Ticked posters become variants, before the variants typed above.',
  'field.form.campaign': 'Campaign plan',
  'field.form.campaignNone': 'Choose a plan…',
  'field.form.extras': 'Extra buttons',
  'field.form.teams': 'Teams taking part',
  'field.form.retention': 'Keep photos and quotes for (days)',
  'field.form.submit': 'Create session',
  'field.form.created': 'Session created.',
  'field.qr.join': 'Scan to join as a volunteer',
  'field.sessions.editNamed': 'Edit session {name}',
  'field.form.editTitle': 'Edit session: {name}',
  'field.form.changeHint':
    'The join code {code} stays the same. Volunteers who have already joined get the changes on their phones as soon as they have signal, without joining again.',
  'field.form.currentVariants': 'This session’s variants',
  'field.form.variantName': 'Variant {n}: name',
  'field.form.variantTarget': 'Variant {n}: where its QR code leads (optional)',
  'field.form.variantCampaign': 'Variant {n}: campaign plan',
  'field.form.variantPoster': 'Variant {n}: poster',
  'field.form.campaignUnlinked': 'No campaign plan',
  'field.form.posterNone': 'No poster',
  'field.form.removeVariant': 'Remove variant {name}',
  'field.form.variantKept':
    'Responses already logged for this variant: {count}. It can be renamed but not removed.',
  'field.form.newVariants': 'New variants (one per line, optional)',
  'field.form.extraKept':
    'Responses are already logged with this button. Its label can be changed, but the button cannot be removed.',
  'field.form.extraLabelId': '{name}: Indonesian label',
  'field.form.extraLabelEn': '{name}: English label',
  'field.form.save': 'Save changes',
  'field.form.saved': 'Changes saved.',

  // Refusals of a session edit (field issues; the server and the form both translate them). A button is named
  // by both its labels, the reader's first: the refusal is made before anyone knows the reader's language.
  'rule.variant_has_tallies':
    'Variant "{name}" already has logged responses or QR scans, so it cannot be removed. It can still be renamed.',
  'rule.outcome_has_tallies':
    'The button "{label_en}" / "{label_id}" already has logged responses, so it cannot be removed. Its label can still be changed.',
  'rule.team_has_tallies':
    'Team "{name}" already has logged responses in this session, so it cannot be taken out of it.',

  'field.live.title': 'Live: {name}',
  'field.live.total': 'Total responses',
  'field.live.outcomes': 'Responses',
  'field.live.variants': 'By variant',
  'field.live.teams': 'By team',
  'field.live.hours': 'By hour',
  'field.live.leaderboard': 'Most active volunteers',
  'field.live.quotes': 'What people said',
  'field.live.photos': 'Photos',
  'field.live.flags': 'Worth a check',
  'field.live.flag':
    '{volunteer}: {tallies} tallies in {seconds} seconds ({rate} a minute). May be honest (a group), may be mistaken taps.',
  'field.live.connected': 'Connected',
  'field.live.reconnecting': 'Reconnecting…',
  'field.live.fullscreen': 'Full screen',
  'field.live.empty': 'No tallies yet. Give volunteers the code {code}.',
  'field.live.share': '{share} {outcome}',
  'field.live.noTeam': 'No team',
  'field.live.range': 'range {low}–{high}',

  'field.verdict.no_comparison': 'Nothing to compare yet: only {variants} variant(s) have tallies.',
  'field.verdict.too_few':
    'Too few tallies yet: {variant} has only {n}. The comparison starts at {min} per variant.',
  'field.verdict.too_close':
    'No clear winner. {leader} is slightly ahead ({share} {outcome}, range {low}–{high}), but the chance that it is truly the best is only {probability}: a gap this small may be chance.',
  'field.verdict.likely_leader':
    '{leader} is probably the strongest: {share} {outcome} (range {low}–{high}) against {runner_up_share} for {runner_up}. The chance that {leader} is truly the best: {probability}. A few more tallies will settle it.',
  'field.verdict.clear_leader':
    '{leader} is clearly the strongest: {share} {outcome} (range {low}–{high}) against {runner_up_share} for {runner_up}. The chance that {leader} is truly the best: {probability}.',
  'field.test.differs':
    'The public responded differently to the variants (chi-square test, {p}): a difference this large seldom arises by chance.',
  'field.test.no_evidence':
    'No evidence yet that the public responded differently to the variants (chi-square test, {p}).',
  'field.test.small_expected':
    'Some groups still hold very few tallies, so this p-value is only a rough guide.',
};
