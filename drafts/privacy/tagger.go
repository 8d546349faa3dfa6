// The care-word tagger: a small learned model that marks the words of a
// text that name someone's condition, treatment, result or body complaint
// in everyday words the word lists do not hold ("the lump", "the coil
// fitting", "salió benigno", "the jabs"), a person's name as people write
// it ("hey tunde", "mikey"), and wording that confirms a visit ("we
// remember you", "vino a consulta"). It reads each word with its
// neighbours, its letters and what the word lists say of it, so it carries
// what the labelled sets taught to words and phrasings no list names. A
// second pass reads each word again with what the first read of the words
// beside it and of the rest of the text: a name it is sure of makes the
// care words near it likelier, and care words make a name likelier. It
// only proposes: its care words join those the lists found and face the
// same test (is it someone's? condgate.go); its names are flagged only in
// a text tied to someone's care; its visit wording only in a text about a
// person and outside general advice.

package privacy

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
)

// data/condition_tagger.bin is written by the trainer in
// tagger_train_test.go from the labelled sets in testdata (go generate, or
// the test with -update-tagger); a test retrains it and fails when the file
// is not what the sets give.
//
//go:generate go test -run ^(TestTaggerFile|TestTextGateFile)$ . -args -update-tagger

//go:embed data/condition_tagger.bin
var taggerFile []byte

// tagBits: features are hashed into 2^tagBits buckets, so the model keeps
// no word list of its own. At 2^16 every bucket held a weight, and words
// the sets never taught shared theirs with words they did. Leaving the 161
// sets out in 8 folds (the 169 of the round before, less the eight it
// wrote as training sets and then held out: holdout46 to holdout53), 2^18 kept recall (0.8794 → 0.8795) for 1,145 false
// alarms fewer (13,906 → 12,761) and 49 clean texts fewer flagged (1,370 →
// 1,321 of 14,971); 2^17 gave 13,329 and 1,332, 2^19 12,526 and 1,316 for
// 48 spans fewer and twice the memory.
const tagBits = 18

// The tagger's outputs: for each word, how likely it is part of a
// person's condition or care, of a person's name, of wording that
// confirms someone is a patient, or of a date tied to their care ("last
// spring", "in 6 wks"; read only in the second reading, widen.go).
const (
	tagCondition = iota
	tagName
	tagRelationship
	tagDate
	tagOutputs
)

// tagger is data/condition_tagger.bin read: a logistic model per output
// over hashed features of one word in its context.
type tagger struct {
	threshold [tagOutputs]float32 // a word is marked at this probability or more
	bias      [tagOutputs]float32
	scale     float32
	// weights holds each bucket's weights, one per output, as int16
	// times scale: 2 MB read once, where float32s would take twice that.
	weights []int16
	// context, when set, is a second pass that reads each word again with
	// what this one read of the words around it (tagContext.features).
	context *tagger
	// both holds, per bucket, this pass's weights then the second's, so
	// that reading a word's own features for both passes touches one place
	// in memory, not two tables of 2 MB (built once, on first use).
	both     []int16
	bothOnce sync.Once
}

// bothPasses is both, built on first use.
func (t *tagger) bothPasses() []int16 {
	t.bothOnce.Do(func() {
		t.both = make([]int16, 2*len(t.weights))
		for b := 0; b < 1<<tagBits; b++ {
			copy(t.both[b*2*tagOutputs:], t.weights[b*tagOutputs:(b+1)*tagOutputs])
			copy(t.both[b*2*tagOutputs+tagOutputs:], t.context.weights[b*tagOutputs:(b+1)*tagOutputs])
		}
	})
	return t.both
}

var loadTagger = sync.OnceValues(func() (*tagger, error) { return decodeTagger(taggerFile) })

// taggerInUse is the model Check reads; the trainer's tests swap in the one
// they are scoring.
var taggerInUse = func() *tagger { return mustModel(loadTagger, "data/condition_tagger.bin") }

// mustModel is an embedded model, read once; its file's test reads it,
// so it cannot fail in a built app.
func mustModel[T any](load func() (T, error), file string) T {
	m, err := load()
	if err != nil {
		panic("privacy: " + file + ": " + err.Error())
	}
	return m
}

const taggerMagic = "CPTAGGER2\n"

// newTagger quantises trained weights (per bucket, per output).
func newTagger(threshold, bias [tagOutputs]float32, w []float32) *tagger {
	scale, q := quantise(w)
	return &tagger{threshold: threshold, bias: bias, scale: scale, weights: q}
}

// quantise writes weights as int16 times a scale that fits the largest.
func quantise(w []float32) (scale float32, q []int16) {
	var top float32
	for _, x := range w {
		top = max(top, float32(math.Abs(float64(x))))
	}
	scale = top / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	q = make([]int16, len(w))
	for i, x := range w {
		q[i] = int16(math.Round(float64(x / scale)))
	}
	return scale, q
}

// The file: magic, thresholds and biases (float32 each), the scale
// (float32), a count, then per kept bucket its number (uint32) and its
// weights (int16 each), little endian; then the second pass, if any, as a
// file of its own.
func encodeTagger(t *tagger) []byte {
	var buf bytes.Buffer
	buf.WriteString(taggerMagic)
	// A bytes.Buffer never fails a write, and every v is a fixed-size number.
	w := func(v any) { _ = binary.Write(&buf, binary.LittleEndian, v) }
	var keys []uint32
	for b := 0; b < 1<<tagBits; b++ {
		for o := range tagOutputs {
			if t.weights[b*tagOutputs+o] != 0 {
				keys = append(keys, uint32(b))
				break
			}
		}
	}
	w(t.threshold)
	w(t.bias)
	w(t.scale)
	w(uint32(len(keys)))
	for _, k := range keys {
		w(k)
		w(t.weights[int(k)*tagOutputs : int(k+1)*tagOutputs])
	}
	if t.context != nil {
		buf.Write(encodeTagger(t.context)) // the second pass follows, whole
	}
	return buf.Bytes()
}

func decodeTagger(b []byte) (*tagger, error) {
	t, rest, err := decodeOneTagger(b)
	if err != nil {
		return nil, err
	}
	if len(rest) > 0 {
		second, after, err := decodeOneTagger(rest)
		if err != nil {
			return nil, fmt.Errorf("second pass: %w", err)
		}
		if len(after) > 0 {
			return nil, fmt.Errorf("%d bytes after the second pass", len(after))
		}
		t.context = second
	}
	return t, nil
}

// decodeOneTagger reads one pass and returns the bytes after it.
func decodeOneTagger(b []byte) (*tagger, []byte, error) {
	if !bytes.HasPrefix(b, []byte(taggerMagic)) {
		return nil, nil, errors.New("not a care-word tagger (run go generate in drafts/privacy)")
	}
	r := bytes.NewReader(b[len(taggerMagic):])
	rd := func(v any) error { return binary.Read(r, binary.LittleEndian, v) }
	t := &tagger{weights: make([]int16, tagOutputs<<tagBits)}
	var n uint32
	if err := errors.Join(rd(&t.threshold), rd(&t.bias), rd(&t.scale), rd(&n)); err != nil {
		return nil, nil, fmt.Errorf("header: %w", err)
	}
	const entry = 4 + 2*tagOutputs
	if uint64(n)*entry > uint64(r.Len()) {
		return nil, nil, fmt.Errorf("%d features do not fill %d bytes", n, r.Len())
	}
	// The buckets are read straight from the bytes: through binary.Read,
	// the 490,000 or so kept buckets of the two passes took 30 ms and a
	// million allocations at the first check.
	body := b[len(b)-r.Len():]
	for i := range int(n) {
		e := body[i*entry : (i+1)*entry]
		k := binary.LittleEndian.Uint32(e)
		if k >= 1<<tagBits {
			return nil, nil, fmt.Errorf("bucket %d out of range", k)
		}
		for o := range tagOutputs {
			t.weights[int(k)*tagOutputs+o] = int16(binary.LittleEndian.Uint16(e[4+2*o:]))
		}
	}
	return t, body[int(n)*entry:], nil
}

// A feature's bucket mixes a number naming the feature with the hashes
// of its words, each word hashed once per text (tagKeys).
const (
	featBias uint64 = iota + 1
	featWord
	featPrev
	featPrev2
	featNext
	featNext2
	featPrevWord
	featWordNext
	featPrev2Prev
	featSuffix3
	featPrefix3
	featSuffix4
	featPrefix4
	featCarePrev
	featGroupFine
	featGroupMid
	featGroupCoarse
	featPrevGroup
	featNextGroup
	featFlag // + the flag's number
)

// The flags a word may have; each is one feature.
const (
	flagCare = iota
	flagCommon
	flagDict
	flagCap
	flagPoss
	flagDigit
	flagSpanish
	flagPrevCare
	flagNextCare
	flagAfterPoss
	flagReply
	flagTitle
	flagGiven
	flagSurname
	flagVocative
	flagStaff
	flagOwn
	flagSentYou
	flagSentThird
	flagSentHandle
	flagHandleFirst
	flagSentCare
	flagSentName
	flagAcronym
	flagSentWish
	flagOwned
	tagFlags
)

// tagConstants are the buckets of the features that hash no word: the
// bias, each flag, and the second pass's readings of the first's, whose
// values are one of seven levels. Reckoned once rather than for every word.
type tagConstants struct {
	bias  uint32
	flags [tagFlags]uint32
	// ctxOne holds, per feature of one reading (featCtxOwn to featCtxText)
	// and output, the bucket of each level; ctxTwo, per feature of two
	// readings, the bucket of each pair of levels.
	ctxOne [5][tagOutputs][7]uint32
	ctxTwo [3][7][7]uint32
}

var tagConstBuckets = sync.OnceValue(func() *tagConstants {
	k := &tagConstants{bias: tagBucket(tagMix(featBias, featBias))}
	for f := range k.flags {
		id := featFlag + uint64(f)
		k.flags[f] = tagBucket(tagMix(id, id))
	}
	for f := range k.ctxOne {
		for o := range tagOutputs {
			for a := range 7 {
				k.ctxOne[f][o][a] = twoBucket(featCtxOwn+uint64(f*tagOutputs+o), uint64(a), 0)
			}
		}
	}
	for f := range k.ctxTwo {
		for a := range 7 {
			for b := range 7 {
				k.ctxTwo[f][a][b] = twoBucket(featCtxCareName+uint64(f*tagOutputs), uint64(a), uint64(b))
			}
		}
	}
	return k
})

func tagMix(a, b uint64) uint64 {
	h := a*0x9E3779B97F4A7C15 ^ b
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 32
	return h
}

func tagBucket(h uint64) uint32 { return uint32(h >> (64 - tagBits)) }

// oneBucket and twoBucket are the buckets of feature id with one value, or
// two: the one place the tagger's features are hashed.
func oneBucket(id, a uint64) uint32    { return tagBucket(tagMix(tagMix(id, a), id)) }
func twoBucket(id, a, b uint64) uint32 { return tagBucket(tagMix(tagMix(tagMix(id, a), b), id)) }

// wordHash is FNV-1a, 64 bits, of a word: up to a tab, as a line of the
// word groups is "word\tgroup" (a token's key holds none).
func wordHash[S string | []byte](w S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w) && w[i] != '\t'; i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// The hashes standing for "no word here": the start or end of the
// sentence, and a handle or link.
var (
	hashStart  = wordHash("<s>")
	hashEnd    = wordHash("</s>")
	hashHandle = wordHash("<@>")
)

// careListed reports a word the care lists know: a condition or drug, a
// procedure's head, a modifier of one, or a body part.
func (c *checker) careListed(k string) bool {
	v := c.vocab
	return v.condTerm(k) || lookup(v.medHeads, k) || v.medModifiers[k] || lookup(v.bodyParts, k)
}

// tagWord is what the word lists say of one token, read once per text:
// flags in the low byte, and above them the word's group plus one (0: the
// word has none).
type tagWord uint32

const (
	tagListed tagWord = 1 << iota
	tagCommon
	tagDict
	tagGiven
	tagSurname
	tagVocative
)

const tagGroupShift = 16

// group is the word's fine group (wordGroups), or -1.
func (w tagWord) group() int { return int(w>>tagGroupShift) - 1 }

// tagWords is, per token, what the word lists say of its word for the
// tagger (read with the token, tok.lex) and whether it is a greeted name:
// the tagger asks of each word and of its neighbours.
func (c *checker) tagWords() []tagWord {
	if c.tagW != nil {
		return c.tagW
	}
	c.tagW = make([]tagWord, len(c.toks))
	for i, tk := range c.toks {
		if tk.prot {
			continue
		}
		w := tk.lex
		if c.vocativeAfter(i) {
			w |= tagVocative
		}
		c.tagW[i] = w
	}
	return c.tagW
}

// readTagWord is what the word lists say of k for the tagger, in a text
// with Spanish in it or not (c.spanish); wordOf keeps it.
func (c *checker) readTagWord(k string) tagWord {
	var w tagWord
	set := func(f tagWord, on bool) {
		if on {
			w |= f
		}
	}
	set(tagListed, c.careListed(k))
	common := c.commonWord(k)
	set(tagCommon, common)
	set(tagDict, common || c.lessCommonWord(k))
	set(tagGiven, knownGiven(k))
	set(tagSurname, knownSurname(k))
	w |= tagWord(wordGroupList().group(k)+1) << tagGroupShift
	return w
}

// tagKeys hashes every token's word once.
func (c *checker) tagKeys() []uint64 {
	if c.tagH != nil {
		return c.tagH
	}
	c.tagH = make([]uint64, len(c.toks))
	for i, tk := range c.toks {
		if tk.prot {
			c.tagH[i] = hashHandle
		} else {
			c.tagH[i] = wordHash(tk.key)
		}
	}
	return c.tagH
}

// tagFeatures calls fn with the bucket of each feature of token i: the word,
// its neighbours two either side (and the pairs it makes with the nearest),
// its first and last letters, what the word lists say of it and of its
// neighbours, and whom its sentence is about.
func (c *checker) tagFeatures(i int, buf []uint32) []uint32 {
	words, keys := c.tagWords(), c.tagKeys()
	tk := c.toks[i]
	k := tk.key
	in := func(j int) bool { return j >= 0 && j < len(c.toks) && c.toks[j].sent == tk.sent }
	at := func(j int, edge uint64) uint64 {
		if !in(j) {
			return edge
		}
		return keys[j]
	}
	w0, p1, p2, n1, n2 := keys[i], at(i-1, hashStart), at(i-2, hashStart), at(i+1, hashEnd), at(i+2, hashEnd)
	one := func(id, a uint64) { buf = append(buf, oneBucket(id, a)) }
	two := func(id, a, b uint64) { buf = append(buf, twoBucket(id, a, b)) }
	buf = append(buf, tagConstBuckets().bias)
	one(featWord, w0)
	one(featPrev, p1)
	one(featPrev2, p2)
	one(featNext, n1)
	one(featNext2, n2)
	two(featPrevWord, p1, w0)
	two(featWordNext, w0, n1)
	two(featPrev2Prev, p2, p1)
	if len(k) >= 4 {
		one(featSuffix3, wordHash(k[len(k)-3:]))
		one(featPrefix3, wordHash(k[:3]))
	}
	if len(k) >= 6 {
		one(featSuffix4, wordHash(k[len(k)-4:]))
		one(featPrefix4, wordHash(k[:4]))
	}
	flags := &tagConstBuckets().flags
	flag := func(f int, on bool) {
		if on {
			buf = append(buf, flags[f])
		}
	}
	w := words[i]
	listed := w&tagListed != 0
	flag(flagCare, listed)
	flag(flagCommon, w&tagCommon != 0)
	flag(flagDict, w&tagDict != 0)
	flag(flagCap, tk.cap && in(i-1))
	flag(flagPoss, tk.poss)
	flag(flagDigit, k != "" && k[0] >= '0' && k[0] <= '9')
	flag(flagSpanish, c.lang == Spanish)
	flag(flagPrevCare, in(i-1) && words[i-1]&tagListed != 0)
	flag(flagNextCare, in(i+1) && words[i+1]&tagListed != 0)
	if listed {
		one(featCarePrev, p1)
	}
	flag(flagAfterPoss, in(i-1) && c.toks[i-1].poss)
	// Who the sentence is about: the reader of a reply, someone's, a
	// handle opening the text.
	flag(flagReply, c.reply)
	// What a name looks like.
	flag(flagTitle, tk.title)
	flag(flagGiven, w&tagGiven != 0)
	flag(flagSurname, w&tagSurname != 0)
	flag(flagVocative, w&tagVocative != 0)
	flag(flagStaff, c.isStaff(k))
	flag(flagOwn, c.own.words[k])
	sf := c.tagSentFacts(tk.sent)
	flag(flagSentYou, sf&tagSentYou != 0)
	flag(flagSentThird, sf&tagSentThird != 0)
	flag(flagSentHandle, sf&tagSentHandle != 0)
	flag(flagHandleFirst, c.handleFirst())
	flag(flagSentCare, sf&tagSentCare != 0)
	flag(flagSentName, sf&tagSentName != 0)
	// An acronym ("PEP", "SCBU", "NST") is often a test, a drug or a unit.
	flag(flagAcronym, acronym(c.text[tk.start:tk.end]))
	flag(flagSentWish, sf&tagSentWish != 0)
	// Someone's: "your", "ur", "his", "su" one or two words before.
	flag(flagOwned, c.ownedWord(i))
	// The word's group and its neighbours': what was learnt of one word
	// carries to the words used like it.
	levels := wordGroupList().levels
	if g := w.group(); g >= 0 {
		one(featGroupFine, uint64(g))
		one(featGroupMid, uint64(levels[g][0]))
		one(featGroupCoarse, uint64(levels[g][1]))
	}
	if in(i - 1) {
		if g := words[i-1].group(); g >= 0 {
			one(featPrevGroup, uint64(levels[g][0]))
		}
	}
	if in(i + 1) {
		if g := words[i+1].group(); g >= 0 {
			one(featNextGroup, uint64(levels[g][0]))
		}
	}
	return buf
}

// acronym reports a word of two to five capital letters.
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// handleFirst reports a text that opens with an @handle (read once; the
// handles are in the order of the text).
func (c *checker) handleFirst() bool {
	if c.tagFirst == 0 {
		c.tagFirst = 2
		if len(c.handles) > 0 && strings.TrimSpace(c.text[:c.handles[0].start]) == "" {
			c.tagFirst = 1
		}
	}
	return c.tagFirst == 1
}

const (
	tagSentYou = 1 << iota
	tagSentThird
	tagSentHandle
	tagSentCare
	tagSentName
	tagSentWish
	tagSentRead
)

// tagSentFacts reads once per sentence whether it speaks to or of someone.
func (c *checker) tagSentFacts(s int) uint8 {
	for len(c.tagSents) <= s {
		c.tagSents = append(c.tagSents, 0)
	}
	if c.tagSents[s]&tagSentRead != 0 {
		return c.tagSents[s]
	}
	f := uint8(tagSentRead)
	a, b := c.sentRange(s)
	words := c.tagWords()
	for j, tk := range c.toks[a:b] {
		if w := words[a+j]; w&tagListed != 0 {
			f |= tagSentCare
		} else if tk.cap && j > 0 && w&(tagGiven|tagSurname) != 0 && w&tagCommon == 0 {
			f |= tagSentName
		}
		if c.wishAt(a + j) {
			f |= tagSentWish
		}
		switch tk.key {
		case "you", "your", "tu", "tus", "te", "usted", "su", "sus":
			f |= tagSentYou
		case "he", "she", "his", "her", "him", "ella":
			// Not "él": folded, it is the article "el".
			f |= tagSentThird
		}
		if tk.prot {
			f |= tagSentHandle
		}
	}
	c.tagSents[s] = f
	return f
}

// tagProbabilities are the model's probabilities for token i, per output.
func (t *tagger) tagProbabilities(c *checker, i int) [tagOutputs]float32 {
	var z [tagOutputs]int32
	for _, b := range c.tagFeatures(i, nil) {
		w := t.weights[int(b)*tagOutputs : int(b+1)*tagOutputs]
		for o := range z {
			z[o] += int32(w[o])
		}
	}
	return t.probabilities(z)
}

// scanTagged adds, as condition words, the runs of adjacent words in one
// sentence the tagger marks, where the lists found none.
func (c *checker) scanTagged() {
	t := taggerInUse()
	n := len(c.toks)
	c.tagP = make([][tagOutputs]float32, n)
	if t.context == nil {
		for i, tk := range c.toks {
			if !tk.prot && !stopTag(tk.key) {
				c.tagP[i] = t.tagProbabilities(c, i)
			}
		}
	} else {
		c.tagP = t.twoPasses(c)
	}
	c.tagger = t
	covered := c.condTokens()
	words := c.tagWords()
	c.tagRuns(tagCondition, func(i int) bool {
		// An everyday word the care lists do not know ("class", "cat") is
		// marked only when the tagger is much surer; in a Spanish text, any
		// dictionary word they do not know (the Spanish dictionary's,
		// "torneo", "panadería", "plática", and the English one's), as no
		// list says which Spanish words are everyday.
		// Leaving the 169 sets out in 8 folds, the Spanish words: 73 spans
		// fewer, for 99 false alarms and 32 clean texts fewer of 14,971.
		everyday := words[i]&tagListed == 0 && (words[i]&tagCommon != 0 || c.lang == Spanish && words[i]&tagDict != 0)
		// A visit's own words ("check", "appt") are the relationship
		// wording's to find ("ur baby's 6wk check").
		visit := c.toks[i].lists.has(inRelNouns) ||
			i+1 < len(c.toks) && c.toks[i+1].sent == c.toks[i].sent && c.toks[i+1].lists.has(inRelNouns) // "6wk check"
		return !covered[i] && !visit && !c.neverTaggedCare(i) && (!everyday || c.tagP[i][tagCondition] >= tagCommonThreshold)
	}, func(a, b int) { c.conds = append(c.conds, [2]int{a, b}) })
}

// neverTaggedCare reports a word the tagger's care reading never marks,
// however sure: a number (a reading's, which scanReadings finds by shape,
// or "3-5" of "Oct 3-5"), an ordinal ("2nd" of "ur 2nd dose"), a code
// ("ZKT4821"), the opening of a part of a month ("fin de abril", "end of
// May": the date's), a unit of time ("meses" of "hace 6 meses": the
// date's), a contraction ("his inhaler isn't doing much"), or the
// clinic's own word.
func (c *checker) neverTaggedCare(i int) bool {
	k := c.toks[i].key
	return numeric(k) || ordinal(k) || codeLike(k) || timeUnit(k) || strings.ContainsRune(k, '\'') || c.partOfMonth(i) >= 0 || c.clinicWord(k)
}

// condTokens marks the tokens of the condition words found so far.
func (c *checker) condTokens() []bool {
	in := make([]bool, len(c.toks))
	for _, r := range c.conds {
		for j := r[0]; j <= r[1] && j < len(in); j++ {
			in[j] = true
		}
	}
	return in
}

// stopTag: words that only join a care phrase ("the", "de") are never
// marked; a run of care words or visit wording goes on over one of them
// (bridged: "dolor de espalda" is one), any other run ends at it.
func stopTag(k string) bool {
	switch k {
	case "the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "at", "with", "your", "his", "her", "my", "their",
		"el", "la", "los", "las", "de", "del", "y", "o", "en", "con", "su", "sus", "tu", "tus", "mi", "un", "una", "is", "was", "are":
		return true
	}
	return false
}

// tagCommonThreshold is the probability an everyday word the care lists do
// not know needs to be marked as care.
const tagCommonThreshold = 0.8

// tagRuns calls fn with each run of adjacent words in one sentence whose
// probability for output o reaches its threshold and that marked allows.
func (c *checker) tagRuns(o int, marked func(i int) bool, fn func(a, b int)) {
	if c.tagP == nil {
		return
	}
	c.tagRunsAt(o, c.tagger.threshold[o], marked, fn)
}

// tagRunsAt is tagRuns with the probability a word needs. A run of visit
// wording or care words goes on over one word the tagger never reads
// (bridged).
func (c *checker) tagRunsAt(o int, threshold float32, marked func(i int) bool, fn func(a, b int)) {
	start := -1
	flush := func(end int) {
		if start >= 0 {
			fn(start, end)
			start = -1
		}
	}
	for i := range c.toks {
		if (o == tagRelationship || o == tagCondition) && start >= 0 && c.bridged(i, o, threshold, marked) {
			continue
		}
		if c.tagP[i][o] < threshold || !marked(i) {
			flush(i - 1)
			continue
		}
		if start >= 0 && !c.tagJoins(i) {
			flush(i - 1)
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(c.toks) - 1)
}

// bridged reports a word the tagger never reads (stopTag) between two
// words it marks for output o, in one run: "came to us", "paciente de
// ustedes", "short of breath", as the labelled sets mark them whole and
// staff would strike them. Leaving the 121 sets out in 8 folds, for visit
// wording: 47 spans more for 11 false alarms more, none on a clean text
// (taking a one-word run with the particle after it, "came in", too: 33
// more for 26, "left in the waiting room"); for care words: 3 spans fewer
// and 72 false alarms fewer, as one finding no longer reads as two.
func (c *checker) bridged(i, o int, threshold float32, marked func(int) bool) bool {
	j := c.nextInSent(i)
	return stopTag(c.toks[i].key) && !c.toks[i].prot && j > 0 && c.tagP[j][o] >= threshold && marked(j) && c.tagJoins(i) && c.tagJoins(j)
}

// tagJoins reports token i continuing the run of the token before it: the
// same sentence, nothing but spaces or a hyphen between (or a colon
// between two numbers, a time's: "8:20", "8 : 20"), no possessive.
func (c *checker) tagJoins(i int) bool {
	p := c.toks[i-1]
	gap := strings.TrimSpace(c.text[p.end:c.toks[i].start])
	// A time's hours and minutes are one run: "8:20", not "8" and "20".
	clock := gap == ":" && allDigits(p.key) && allDigits(c.toks[i].key)
	return p.sent == c.toks[i].sent && (gap == "" || gap == "-" || clock) && !p.poss
}

// scanTaggedRelationships adds the wording the tagger marks as confirming
// that someone is a patient ("your 4 wk review", "we remember you", "vino
// a consulta"), in a text about a person (a reply, a name, a person's
// handle) and outside general advice.
func (c *checker) scanTaggedRelationships() {
	if !(c.reply || c.hasName || c.textFacts().personHandle) {
		return
	}
	c.tagRuns(tagRelationship, c.visitWordAt, func(a, b int) {
		if a == b {
			// One word alone ("review", "bringing", "caring") does not
			// confirm a visit: the labelled sets' visit wording that is
			// one word ("recheck") the lists hold.
			return
		}
		start, end := c.toks[a].start, c.toks[b].end
		// In a sentence naming an event ("see you at the 5k on
		// Sunday!"), the visit is the event's. Leaving the 169 sets out
		// in 8 folds: one span fewer for 10 false alarms and 4 clean
		// texts fewer (in the second reading, widenVisitWording, 26
		// spans fewer for one clean text).
		if !c.visitRun(a, b) || c.taken(start, end) || c.promise(a) || c.eventSent(c.toks[a].sent) {
			return
		}
		c.relSents[c.toks[a].sent] = true
		c.add(start, end, KindRelationship)
	})
}

// visitRun reports whether the tagger's run of visit wording from token a
// to b may stand: not the clinic speaking of its own ("our program",
// "nuestro equipo": our and one word; "our clinic opened": the words after
// "our") nor of its patients at large ("we love our patients"; but "our
// patients Kat and Rafael", "Our client Mr. Haddad", beside a name), and
// not only words that help a verb.
func (c *checker) visitRun(a, b int) bool {
	named := c.namedSent(c.toks[a].sent)
	if ourWord(c.toks[a].key) && (b == a+1 || c.clinicWord(c.toks[a+1].key)) && !(b == a+1 && named && patientNoun(c.toks[b].key)) {
		return false // "our team", "our clinic opened"; not "our longest-serving patient", nor "our client Mr. Haddad"
	}
	if a > 0 && c.toks[a-1].sent == c.toks[a].sent && !c.ours(a-1) {
		switch c.toks[a-1].key {
		case "hospital", "er", "emergency", "urgent":
			return false // another's care: "si el hospital atendió a su mamá"
		}
	}
	if c.ours(a) && (ourWord(c.toks[a-1].key) || c.clinicWord(c.toks[a-1].key)) {
		return false // "our clinic opened", "nuestro equipo llegó"; "opened" alone, of "our clinic opened"
	}
	content := false
	for i := a; i <= b; i++ {
		k := c.toks[i].key
		if patientNoun(k) && strings.HasSuffix(k, "s") && !named {
			return false // "we love our patients"; not "our patients Kat and Rafael"
		}
		if k == "paciente" && i >= 2 && (c.toks[i-1].key == "del" || c.toks[i-1].key == "de") && c.toks[i-2].lists.has(inPatientCompounds) {
			return false // "el portal del paciente" is the clinic's, as "the patient portal" is (scanRelationships)
		}
		content = content || !auxiliary(k)
	}
	if errand(c.toks[a].key) && paperwork(c.toks[b].key) {
		return false // "bringing the form in": an errand anyone may run; "the intake form" stays
	}
	return content // "has been" alone says nothing
}

// visitWordAt reports a word that may stand in a run of visit wording,
// wherever the tagger's runs of it are read (the first and second
// readings, the second look): not in a link or a name, not in a sentence
// of general advice, not negated in its clause ("We never treated your
// son"), and not a word read as a date rather than a visit (dateWord).
func (c *checker) visitWordAt(i int) bool {
	tk := c.toks[i]
	return !tk.prot && !tk.name && !c.generic(tk.sent) && !c.negatedInClause(i) && !c.dateWord(i)
}

// dateWord reports a word the tagger reads as a date more than as visit
// wording: a run of visit wording stops before it ("seen" of "seen last
// week"), so that the date is found whole.
func (c *checker) dateWord(i int) bool {
	return c.tagP[i][tagDate] >= c.tagger.threshold[tagDate] && c.tagP[i][tagDate] > c.tagP[i][tagRelationship]
}

// namedSent reports a name or a person's handle found in sentence s. It
// is not namedIn, which counts no handle but counts the names the tagger
// reads and no rule flagged: beside "our patients" only a finding says
// whose visit it is.
func (c *checker) namedSent(s int) bool {
	if s < len(c.nameSents) && c.nameSents[s] {
		return true
	}
	for _, cd := range c.cands {
		if (cd.kind == KindName || cd.kind == KindHandle) && c.sentOf(cd.start) == s {
			return true
		}
	}
	return false
}

// patientNoun reports a word for someone in a clinic's care.
func patientNoun(k string) bool {
	switch k {
	case "patient", "patients", "client", "clients", "paciente", "pacientes", "cliente", "clientes":
		return true
	}
	return false
}

// promise reports visit wording that opens on what the clinic does for
// everyone, said in the present: "we care for you and your family", "we
// treat you like family". What it did for someone is said in the past
// ("we loved looking after ur grandad", "we cared for your father").
func (c *checker) promise(a int) bool {
	if c.promiseES(a) {
		return true
	}
	v := a
	if c.toks[a].key == "we" {
		v = c.nextInSent(a)
	} else if a == 0 || c.toks[a-1].sent != c.toks[a].sent || c.toks[a-1].key != "we" {
		return false
	}
	if v < 0 {
		return false
	}
	switch c.toks[v].key {
	case "care", "treat", "serve", "support", "help", "love", "welcome", "look", "walk", "guide", "listen":
		return true
	}
	return false
}

// promiseES: Spanish says "we" in the verb, so a promise opens its
// sentence on the verb alone ("Cuidamos a su bebé desde el primer día de
// vida", "Atendemos a toda la familia"), at the run or just before it,
// past an article or an owner word.
func (c *checker) promiseES(a int) bool {
	s := c.toks[a].sent
	j := a
	if j > 0 && c.toks[j-1].sent == s {
		j--
		for j > 0 && c.toks[j-1].sent == s && spanishLink(c.toks[j].key) {
			j--
		}
	}
	if j > 0 && c.toks[j-1].sent == s {
		return false // not the sentence's first word
	}
	switch c.toks[j].key {
	case "cuidamos", "atendemos", "tratamos", "acompanamos", "apoyamos", "ayudamos", "recibimos", "servimos":
		return true
	}
	return false
}

// spanishLink: the small words between a Spanish verb and its object ("a
// su", "a toda la").
func spanishLink(k string) bool {
	switch k {
	case "a", "al", "su", "sus", "tu", "tus", "la", "las", "el", "los", "toda", "todo", "todas", "todos":
		return true
	}
	return false
}

// errand: bringing or dropping something off.
func errand(k string) bool {
	switch k {
	case "bring", "bringing", "brought", "drop", "dropping", "dropped", "traer", "trajo":
		return true
	}
	return false
}

// paperwork: a form or papers, which anyone may bring or drop off.
func paperwork(k string) bool {
	switch k {
	case "form", "forms", "paperwork", "papers", "documents", "formulario", "formularios", "papeles":
		return true
	}
	return false
}

// auxiliary: a word that only helps a verb ("has been", "will be").
func auxiliary(k string) bool {
	switch k {
	case "has", "have", "had", "been", "be", "is", "was", "were", "are", "will", "would", "can", "could", "did", "do", "does",
		"may", "might", "must", "should", "shall",
		"ha", "han", "he", "sido", "es", "era", "fue", "va", "vamos":
		return true
	}
	return false
}

// taggedNameWord reports a word the tagger's name may stand on: not a
// handle, staff, the clinic's own words, a title or a word the lists say
// is no name, nor a product's ("MyChart") or an organisation's
// ("Greenleaf Pharmacy"), a greeting ("Bonjour") or a family word that is
// no given name ("nana", "lolo"; "Ama" and "Tito" are names too). A word
// with a digit is no one's name ("ZKT4821"): the second reading may find
// it a record number. Leaving the 169 sets out in 8 folds, the greetings
// and family words: 15 spans fewer for 126 false alarms and one clean text
// fewer.
func (c *checker) taggedNameWord(i int) bool {
	tk := c.toks[i]
	return !tk.prot && !c.isStaff(tk.key) && !c.own.words[tk.key] && !tk.lists.has(inTitles) && !c.notName(tk.key) &&
		strings.IndexAny(tk.key, "0123456789") < 0 && !c.productWord(c.text[tk.start:tk.end]) && !c.namesOrganisation(i) &&
		!tk.lists.has(inGreetings) && !(tk.lists.has(inFamilyWords) && !knownGiven(tk.key)) && !c.placeWord(i) && !c.monthAfterTimeWord(i)
}

// monthAfterTimeWord reports a month's name after a word of time: "on a
// break till Jan", "since May", "hasta enero"; "Jan" and "May" are names
// elsewhere ("thanks Jan!", "Jan from the front desk", "la cirugía de
// Abril").
func (c *checker) monthAfterTimeWord(i int) bool {
	if !c.toks[i].lists.has(inMonths) || i == 0 || c.toks[i-1].sent != c.toks[i].sent {
		return false
	}
	switch c.toks[i-1].key {
	case "till", "til", "until", "by", "in", "since", "before", "after", "through", "thru", "mid", "early", "late", "end",
		"next", "last", "this", "hasta", "desde", "en", "antes", "despues":
		return true
	}
	return false
}

// placeWord reports a word the place lists hold ("Houston", "Nigerian",
// "English"), unless it is also a given name ("Sydney", "Madison") that
// no place word such as "from" or "in" comes before ("joins us from
// Columbus"); "to" and "de" are not such words ("congrats to Madison", "la
// mamá de Diego").
func (c *checker) placeWord(i int) bool {
	k := c.toks[i].key
	kl := c.toks[i].lists
	if !kl.has(inPlaceWords) {
		return false
	}
	if !knownGiven(k) {
		return true
	}
	if i == 0 || c.toks[i-1].sent != c.toks[i].sent {
		return false
	}
	switch c.toks[i-1].key {
	case "from", "in", "near", "around", "across", "en", "desde":
		return true
	}
	return false
}

// namesOrganisation reports a word followed by an organisation's word
// with a capital, in its sentence: "Greenleaf Pharmacy", "Hartley
// Logistics" name businesses, as the name lists' rules already read them.
func (c *checker) namesOrganisation(i int) bool {
	j := c.nextInSent(i)
	return j > 0 && c.toks[j].cap && c.toks[j].lists.has(inOrgWords)
}

// nextInSent is the token after token i when it is in i's sentence, or -1.
func (c *checker) nextInSent(i int) int {
	if j := i + 1; j < len(c.toks) && c.toks[j].sent == c.toks[i].sent {
		return j
	}
	return -1
}

// productWord reports a word written as products and apps are, a word of
// the language then a capital inside it ("MyChart", "FaceTime", "HealthKit",
// "iPhone"); names written so open with a particle ("DeShawn", "LaToya",
// "McKenzie", "MacLeod"), no word of their own.
func (c *checker) productWord(w string) bool {
	for j := 1; j < len(w); j++ {
		if w[j] >= 'A' && w[j] <= 'Z' && w[j-1] >= 'a' && w[j-1] <= 'z' {
			head := strings.ToLower(w[:j])
			switch head {
			case "de", "la", "le", "di", "da", "du", "van", "von", "mc", "mac", "st", "del", "della", "ja", "jo", "ma", "ka", "ke", "sha", "ta", "tre", "ty":
				return false
			}
			// "RoseAnn", "MayLin": a given name, then another.
			return head == "i" || head == "e" || c.commonWord(head) && !c.givenName(head)
		}
	}
	return false
}

// flagTaggedNames flags the words the tagger marks as a person's name
// ("hey tunde", "memo!", "la familia Ramírez-Ochoa") when the text ties
// someone to care, is a reply wishing someone well (wishesWell) or one the
// text gate reads as about someone's care that names no event
// (careLikelyNoEvent), as a greeted name is (flagPendingNames). Staff and
// the clinic's own words never are.
func (c *checker) flagTaggedNames() {
	if !(c.careText() || c.readerCare() || c.reply && c.wishesWell() || c.careLikelyNoEvent()) {
		return
	}
	c.tagRuns(tagName, c.taggerName, func(a, b int) {
		start, end := c.toks[a].start, c.toks[b].end
		for _, cd := range c.cands {
			if cd.start < end && start < cd.end && cd.kind != KindCondition && cd.kind != KindRelationship {
				return
			}
		}
		c.flagName(a, b)
	})
}

// twoPasses are the second pass's probabilities for every word. Each
// word's own features are read once, for both passes.
func (t *tagger) twoPasses(c *checker) [][tagOutputs]float32 {
	second, both := t.context, t.bothPasses()
	first := make([][tagOutputs]float32, len(c.toks))
	own := make([][tagOutputs]int32, len(c.toks)) // the second pass's sums over the word's own features
	// The buckets are gathered first and then summed in one loop, whose
	// reads of the 4 MB table do not wait on each other.
	buf := make([]uint32, 0, 64)
	for i, tk := range c.toks {
		if tk.prot || stopTag(tk.key) {
			continue
		}
		var z, o2 [tagOutputs]int32
		buf = c.tagFeatures(i, buf[:0])
		for _, b := range buf {
			w := (*[2 * tagOutputs]int16)(both[int(b)*2*tagOutputs:])
			for o := range tagOutputs {
				z[o] += int32(w[o])
				o2[o] += int32(w[tagOutputs+o])
			}
		}
		first[i], own[i] = t.probabilities(z), o2
	}
	ctx := newTagContext(c, first)
	out := make([][tagOutputs]float32, len(c.toks))
	for i, tk := range c.toks {
		if tk.prot || stopTag(tk.key) {
			continue
		}
		z := own[i]
		buf = ctx.features(i, buf[:0])
		for _, b := range buf {
			w := (*[2 * tagOutputs]int16)(both[int(b)*2*tagOutputs:])
			for o := range tagOutputs {
				z[o] += int32(w[tagOutputs+o])
			}
		}
		out[i] = second.probabilities(z)
	}
	return out
}

// probabilities turns the sums of a word's weights into probabilities.
func (t *tagger) probabilities(z [tagOutputs]int32) [tagOutputs]float32 {
	var p [tagOutputs]float32
	for o := range p {
		p[o] = float32(1 / (1 + math.Exp(-float64(t.bias[o]+float32(z[o])*t.scale))))
	}
	return p
}

// tagContext is what the first pass read of a text, for the second: each
// word's probabilities, and per sentence the two highest of each output,
// so that a word sees the highest of the others.
type tagContext struct {
	c     *checker
	first [][tagOutputs]float32
	sent  [][2][tagOutputs]float32 // per sentence: highest, second highest
	text  [2][tagOutputs]float32
	best  [][tagOutputs]int // per sentence: the token of the highest
}

func newTagContext(c *checker, first [][tagOutputs]float32) *tagContext {
	x := &tagContext{c: c, first: first}
	ns := 0
	for _, tk := range c.toks {
		ns = max(ns, tk.sent+1)
	}
	x.sent = make([][2][tagOutputs]float32, ns)
	x.best = make([][tagOutputs]int, ns)
	for s := range x.best {
		for o := range tagOutputs {
			x.best[s][o] = -1
		}
	}
	for i, tk := range c.toks {
		for o := range tagOutputs {
			p := first[i][o]
			top := &x.sent[tk.sent]
			if p > top[0][o] {
				top[1][o], top[0][o], x.best[tk.sent][o] = top[0][o], p, i
			} else if p > top[1][o] {
				top[1][o] = p
			}
		}
	}
	for s := range x.sent {
		for o := range tagOutputs {
			if p := x.sent[s][0][o]; p > x.text[0][o] {
				x.text[1][o], x.text[0][o] = x.text[0][o], p
			} else if p > x.text[1][o] {
				x.text[1][o] = p
			}
		}
	}
	return x
}

// The second pass's features: for each output, the first pass's reading
// of the word, of the words either side, the highest in the rest of its
// sentence and in the rest of the text; and the word's care reading with
// the sentence's and the text's name reading.
const (
	featCtxOwn uint64 = 1000 + iota*tagOutputs
	featCtxPrev
	featCtxNext
	featCtxSent
	featCtxText
	featCtxCareName
	featCtxCareTextName
	featCtxNameCare
)

// tagLevel buckets a probability in six.
func tagLevel(p float32) uint64 {
	switch {
	case p < 0.1:
		return 0
	case p < 0.3:
		return 1
	case p < 0.5:
		return 2
	case p < 0.7:
		return 3
	case p < 0.9:
		return 4
	}
	return 5
}

// others are the first pass's highest probabilities, per output, in the
// rest of token i's sentence and in the rest of the text.
func (x *tagContext) others(i int) (sent, text [tagOutputs]float32) {
	s := x.c.toks[i].sent
	top := x.sent[s]
	for o := range tagOutputs {
		sent[o] = top[0][o]
		if x.best[s][o] == i {
			sent[o] = top[1][o]
		}
		// The rest of the text: the text's highest, unless it is this
		// sentence's.
		text[o] = x.text[0][o]
		if x.text[0][o] == top[0][o] {
			text[o] = x.text[1][o]
		}
	}
	return sent, text
}

func (x *tagContext) features(i int, buf []uint32) []uint32 {
	c := x.c
	tk := c.toks[i]
	k := tagConstBuckets()
	at := func(j int, o int) uint64 {
		if j < 0 || j >= len(c.toks) || c.toks[j].sent != tk.sent {
			return 6
		}
		return tagLevel(x.first[j][o])
	}
	sent, text := x.others(i)
	for o := range tagOutputs {
		buf = append(buf,
			k.ctxOne[0][o][at(i, o)],   // featCtxOwn
			k.ctxOne[1][o][at(i-1, o)], // featCtxPrev
			k.ctxOne[2][o][at(i+1, o)], // featCtxNext
			k.ctxOne[3][o][tagLevel(sent[o])],
			k.ctxOne[4][o][tagLevel(text[o])])
	}
	return append(buf,
		k.ctxTwo[0][at(i, tagCondition)][tagLevel(sent[tagName])], // featCtxCareName
		k.ctxTwo[1][at(i, tagCondition)][tagLevel(text[tagName])],
		k.ctxTwo[2][at(i, tagName)][tagLevel(max(sent[tagCondition], text[tagCondition]))])
}
