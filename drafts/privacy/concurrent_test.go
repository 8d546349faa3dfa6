package privacy

import (
	"fmt"
	"sync"
	"testing"
)

// TestChecksAtOnceAgreeWithOneAtATime: the editor, the inbox and the
// scheduler may check texts at the same moment, sharing what is kept of
// every word read (wordsRead). Checked at once from four goroutines, from
// an empty memory, texts give what they give checked one at a time.
func TestChecksAtOnceAgreeWithOneAtATime(t *testing.T) {
	var texts []labelledText
	for _, ls := range labelledSets[:4] {
		for _, e := range loadLabelled(t, ls.file) {
			texts = append(texts, labelledText{e.Text, e.Kind == "reply", labelledSpans(e), ls.own})
		}
	}
	if len(texts) > 400 {
		texts = texts[:400]
	}
	want := make([]string, len(texts))
	for i, lt := range texts {
		want[i] = fmt.Sprint(Check(lt.text, Options{Reply: lt.reply, Own: lt.own}))
	}
	forgetLexicalWords()
	got := make([]string, len(texts))
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(texts); i += 4 {
				got[i] = fmt.Sprint(Check(texts[i].text, Options{Reply: texts[i].reply, Own: texts[i].own}))
			}
		}()
	}
	wg.Wait()
	for i := range texts {
		if got[i] != want[i] {
			t.Errorf("text %d checked at once: %s; one at a time: %s", i, got[i], want[i])
		}
	}
}
