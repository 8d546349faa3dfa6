package triage

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
)

// The learned model: logistic regression over the words, word pairs and
// letter groups (3 to 5 letters inside a word) of a message, read the way
// the word lists read it (lower case, accents dropped, spelling mended).
// The word lists catch what they were written from; the model catches
// wording near what it learned from without a listed phrase. Assess calls
// a message urgent when either does.
//
// data/model.bin is written by the trainer in model_train_test.go from the
// labelled sets in testdata (go generate, or the test with -update-model);
// a test retrains it and fails when the file is not what the sets give.
//
//go:generate go test -run ^TestModelFile$ . -args -update-model

//go:embed data/model.bin
var modelFile []byte

// featureBits: features are hashed into 2^featureBits buckets, so no
// word list is kept; collisions among the model's features are rare.
const featureBits = 18

// The model's classes: whether a message is urgent, and for an urgent one
// which category.
var modelCategories = [...]string{CategoryMedical, CategoryMentalHealth, CategoryAbuse, CategoryOverdose}

const modelOutputs = 1 + len(modelCategories)

// model is data/model.bin read: per feature bucket, a weight for
// "urgent" and one per category.
type model struct {
	threshold float64 // urgent when the probability is at least this
	bias      [modelOutputs]float32
	weights   map[uint32][modelOutputs]float32
	// urgent is weights[b][0] for every bucket b, zero where there is no
	// feature: every synced message is scored, and an array is read faster
	// than a map. The categories are read from weights, for the few
	// messages called urgent.
	urgent []float32
}

var (
	modelOnce   sync.Once
	loadedModel *model
	modelErr    error
)

// theModel reads the embedded model once; a broken file is a bug the
// package's tests catch, so it panics.
func theModel() *model {
	modelOnce.Do(func() { loadedModel, modelErr = decodeModel(modelFile) })
	if modelErr != nil {
		panic("triage: data/model.bin: " + modelErr.Error())
	}
	return loadedModel
}

// modelMagic starts data/model.bin; the number is the format's version.
const modelMagic = "CPTRIAGE1\n"

// The file: magic, threshold (float64), the biases (float32 each), a
// count, then per feature its bucket (uint32) and its weights, each an
// int16 times the scale (float32) written before them. Little endian.
func encodeModel(m *model) []byte {
	var buf bytes.Buffer
	buf.WriteString(modelMagic)
	// A bytes.Buffer never fails a write, and every v is a fixed-size number.
	w := func(v any) { _ = binary.Write(&buf, binary.LittleEndian, v) }
	w(m.threshold)
	w(m.bias)
	var scale float32
	for _, ws := range m.weights {
		for _, x := range ws {
			scale = max(scale, float32(math.Abs(float64(x))))
		}
	}
	scale /= math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	w(scale)
	keys := make([]uint32, 0, len(m.weights))
	for k := range m.weights {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	w(uint32(len(keys)))
	for _, k := range keys {
		w(k)
		for _, x := range m.weights[k] {
			w(int16(math.Round(float64(x / scale))))
		}
	}
	return buf.Bytes()
}

func decodeModel(b []byte) (*model, error) {
	if !bytes.HasPrefix(b, []byte(modelMagic)) {
		return nil, errors.New("not a triage model (run go generate in inbox/triage)")
	}
	r := bytes.NewReader(b[len(modelMagic):])
	rd := func(v any) error { return binary.Read(r, binary.LittleEndian, v) }
	m := &model{}
	var scale float32
	var n uint32
	if err := errors.Join(rd(&m.threshold), rd(&m.bias), rd(&scale), rd(&n)); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	if int(n)*(4+2*modelOutputs) != r.Len() {
		return nil, fmt.Errorf("%d features do not fill %d bytes", n, r.Len())
	}
	m.weights = make(map[uint32][modelOutputs]float32, n)
	var q [modelOutputs]int16
	for range n {
		var k uint32
		if err := errors.Join(rd(&k), rd(&q)); err != nil {
			return nil, err
		}
		var ws [modelOutputs]float32
		for i, x := range q {
			ws[i] = float32(x) * scale
		}
		m.weights[k] = ws
	}
	m.fillUrgent()
	return m, nil
}

func (m *model) fillUrgent() {
	m.urgent = make([]float32, 1<<featureBits)
	for b, ws := range m.weights {
		m.urgent[b] = ws[0]
	}
}

// A feature is one hashed word, word pair or letter group of a message,
// with the token it belongs to (a pair belongs to its second word).
type feature struct {
	bucket uint32
	tok    int
	kind   byte // 'w' word, 'b' pair, 'c' letters
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnvAdd(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

func fnvByte(h uint32, c byte) uint32 {
	h ^= uint32(c)
	return h * fnvPrime
}

func bucketOf(h uint32) uint32 { return (h ^ h>>featureBits) & (1<<featureBits - 1) }

// modelWord is how a token enters the model: numbers other than the
// emergency lines are one word, so "took 20" and "took 30" read alike.
func modelWord(t token) string {
	if t.num >= 0 {
		switch t.text {
		case "911", "112", "988", "999":
			return t.text
		}
		return "0"
	}
	return t.text
}

// eachFeature calls fn with each of a message's features: each word,
// each pair of words in one clause, and each group of 3 to 5 letters of
// " word " (the spaces mark a word's start and end).
func eachFeature(toks []token, fn func(f feature)) {
	prev := ""
	for i, t := range toks {
		w := modelWord(t)
		fn(feature{bucketOf(fnvAdd(fnvByte(fnvOffset, 'w'), w)), i, 'w'})
		if i > 0 && toks[i-1].clause == t.clause {
			h := fnvAdd(fnvByte(fnvOffset, 'b'), prev)
			h = fnvAdd(fnvByte(h, ' '), w)
			fn(feature{bucketOf(h), i, 'b'})
		}
		prev = w
		n := len(w) + 2
		for s := 0; s+3 <= n; s++ {
			// the groups of 3, 4 and 5 letters starting at s share their
			// first letters' hash.
			h := fnvByte(fnvOffset, 'c')
			for j := s; j < s+5 && j < n; j++ {
				c := byte(' ')
				if j > 0 && j < n-1 {
					c = w[j-1]
				}
				h = fnvByte(h, c)
				if j >= s+2 {
					fn(feature{bucketOf(h), i, 'c'})
				}
			}
		}
	}
}

// features appends a message's features to dst.
func features(dst []feature, toks []token) []feature {
	eachFeature(toks, func(f feature) { dst = append(dst, f) })
	return dst
}

// urgency is the probability that a message is urgent. Each feature
// weighs 1/sqrt(features in the message), so a long message is not urgent
// for being long.
func (m *model) urgency(toks []token) float64 {
	sum, n := 0.0, 0
	eachFeature(toks, func(f feature) {
		sum += float64(m.urgent[f.bucket])
		n++
	})
	return sigmoid(float64(m.bias[0]) + sum/math.Sqrt(float64(max(n, 1))))
}

// reading is what the model made of a message it calls urgent.
type reading struct {
	category string // the likeliest category
	words    []int  // the tokens that weighed most toward urgent, in order
}

// explain reads an urgent message's category and the words that weighed.
func (m *model) explain(toks []token) reading {
	var score [modelOutputs]float64
	byTok := make([]float64, len(toks))
	n := 0
	eachFeature(toks, func(f feature) {
		n++
		ws, ok := m.weights[f.bucket]
		if !ok {
			return
		}
		for i, w := range ws {
			score[i] += float64(w)
		}
		byTok[f.tok] += float64(ws[0])
	})
	scale := 1 / math.Sqrt(float64(max(n, 1)))
	best := 1
	for i := 2; i < modelOutputs; i++ {
		if float64(m.bias[i])+score[i]*scale > float64(m.bias[best])+score[best]*scale {
			best = i
		}
	}
	r := reading{category: modelCategories[best-1]}
	// the three words that weighed most toward urgent; "my" or "he" may
	// weigh, but says nothing to staff.
	for range 3 {
		top := -1
		for i, v := range byTok {
			if v > 0 && (top < 0 || v > byTok[top]) && len(toks[i].text) > 2 && !functionWords[toks[i].text] {
				top = i
			}
		}
		if top < 0 {
			break
		}
		byTok[top] = 0
		r.words = append(r.words, top)
	}
	sort.Ints(r.words)
	return r
}

// functionWords are never named as the words that weighed.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the and but for with from that this what when where who how was were are have has had
		his her hers him she they them their you your our its not just been being will would can could cant dont did does
		all any some one out about into then than there theres here very really like get got its thats whats hes shes
		los las del que por para con sus esta estan esto eso muy mas pero como cuando donde nos les ella ellos usted
		una uno unos unas todo todos ser fue era estoy tengo tiene hay ahora aqui`) {
		functionWords[w] = true
	}
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
