package drafts

import (
	"errors"
	"strings"
	"unicode"
)

// KeepReasonExample is the example the "Keep this text?" dialog shows; it
// is an example, never a reason.
const KeepReasonExample = "This is a public figure who agreed to be named"

// KeepReasonRule says, for the dialog, what a reason for keeping a finding
// must be.
const KeepReasonRule = "In your own words: at least three different words and 12 letters."

// The rule for a reason kept with an overridden finding, which staff may
// one day have to explain to an auditor. A reason must
//   - not be empty;
//   - not be the dialog's example (KeepReasonExample, with or without
//     "e.g.", whatever the case, spacing or final full stop);
//   - have at least keepReasonWords different words of two or more
//     letters, with at least keepReasonLetters letters in those words.
//
// So "ok", "asdf", "...", "x x x" and "n/a" are refused; "Public figure,
// agreed in writing" passes. It is a floor against reflexive clicks, not a
// judge of the reason.
const (
	keepReasonWords   = 3
	keepReasonLetters = 12
)

var (
	errKeepReasonEmpty   = errors.New("type why this is safe to post; the reason is kept with the draft")
	errKeepReasonExample = errors.New("that is the example: type the real reason in your own words")
	errKeepReasonShort   = errors.New("say why it is safe in a few real words (at least three different words and 12 letters), e.g. who agreed and how")
)

// ValidateKeepReason reports why reason cannot be kept with an overridden
// finding, or nil when it can. The dialog and OverrideFinding share it.
func ValidateKeepReason(reason string) error {
	if strings.TrimSpace(reason) == "" {
		return errKeepReasonEmpty
	}
	words := keepReasonWordList(reason)
	if sameWords(words, keepReasonWordList(KeepReasonExample)) || sameWords(words, keepReasonWordList("e.g. "+KeepReasonExample)) {
		return errKeepReasonExample
	}
	distinct := map[string]bool{}
	letters := 0
	for _, w := range words {
		n := len([]rune(w))
		if n < 2 {
			continue
		}
		distinct[w] = true
		letters += n
	}
	if len(distinct) < keepReasonWords || letters < keepReasonLetters {
		return errKeepReasonShort
	}
	return nil
}

// keepReasonWordList is the runs of letters in s, lower-cased.
func keepReasonWordList(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

func sameWords(a, b []string) bool {
	return strings.Join(a, " ") == strings.Join(b, " ")
}
