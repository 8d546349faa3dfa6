// Package triage reads one message a clinic received (a comment, reply,
// direct message or review) and says whether it needs a person at once.
//
// It owns:
//   - Assess: whether a message in English, Spanish or a mix of both reads
//     as an emergency (medical, mental-health crisis, abuse or violence,
//     overdose or poisoning), with the reasons in plain words for staff;
//     whether the writer shares their own or a relative's health details
//     in public; whether it is spam, or abusive toward staff; and its
//     language;
//   - the word lists it reads (data/*.txt, embedded, parsed once on first
//     use) and the small pattern language they are written in (see
//     data/README.md);
//   - a learned model (data/model.bin, embedded): logistic regression over
//     a message's words, word pairs and letter groups, trained from the
//     labelled sets in testdata by model_train_test.go (go generate). A
//     message is urgent when the lists or the model say so; the model
//     catches wording near what it learned from that no list names;
//   - the privacy-safe replies: BuiltIns (thank without confirming care,
//     move to a private channel, emergency guidance) and SuggestedReply,
//     which picks one for an assessed message and fills in the clinic's
//     emergency wording.
//
// It is a leaf: it imports nothing of CarePost's, keeps no state between
// calls and is safe for concurrent use. The inbox calls it for every item
// it stores; `carepost triage` calls it for one text.
//
// It reads words, not meaning. A flag asks a person to look; it decides
// nothing. Above all, "not urgent" is not "safe": the lists alone caught a
// third to a half of the emergencies in sets written after them, and with
// the model it still misses some in every set it has not seen
// (testdata/README.md has the figures), so the inbox must never hide,
// delay or skip a message because triage found nothing.
package triage
