// Package privacy is CarePost's privacy (PHI) check: it finds what may be a
// patient's information in a post or a reply before it is published.
//
// It owns:
//   - Check and its findings: byte spans of names, visit dates and dates of
//     birth, phone numbers of any country, e-mail and street addresses,
//     record and ID numbers, conditions tied to a person and wording that
//     confirms someone is a patient, each with a plain reason for front-desk
//     staff;
//   - which kinds of finding may be kept with a reason (Kind.Keepable) and
//     which never can (NeverKept);
//   - the word lists it reads, data/*.txt, embedded and loaded once on
//     first use;
//   - what counts as the clinic's own details (Own), which are never
//     flagged.
//
// Phone numbers are read with github.com/nyaruka/phonenumbers, in the
// region of the clinic's own number when it is written with a + (the United
// States otherwise); that library decodes its metadata once, when the
// program starts.
//
// It knows nothing of drafts, profiles or storage: package drafts imports it
// and passes the clinic's profile as an Own (drafts.CheckPrivacy). Its files
// follow what they find: names.go, dates.go (with dategate.go, the gate
// whose weights, data/dates_gate.weights, are learned from the labelled
// tuning sets by TestTrainDateGate), contacts.go (e-mails, addresses,
// identifiers), phones.go, care.go (conditions and relationship wording),
// tagger.go (a learned model, data/condition_tagger.bin, that proposes care
// words, names and visit wording the lists do not hold; it is trained from
// the labelled sets by TestTaggerFile and scored set by set by
// TestTaggerLeaveOneSetOut), textgate.go (the whole text's reading, and
// the veto), widen.go (the second reading of a text about someone) and
// secondlook.go (the last look at the tagger's runs in a flagged text, with
// weights data/second_look_*.weights learned by TestTrainSecondLook), with
// tokens.go and privacy.go (the checker's core) under them.
package privacy
