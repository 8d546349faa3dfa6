// Language: whether a text is English, Spanish or both, read from its
// words, so the check uses the Spanish word lists and writes its reasons in
// Spanish when the text is Spanish, and a post is tagged with its language
// on the network, whatever the clinic's settings say.

package privacy

import (
	"strings"
	"sync"
)

// Language codes Language returns (BCP 47).
const (
	English = "en"
	Spanish = "es"
)

// Function words that are common in one language and rare in the other:
// their counts decide the language. Words both languages use ("a", "me",
// "no", "son") are left out.
var (
	spanishMarks = wordSet("el la los las del que y en un una por para con su sus es esta está están muy mucho mucha " +
		"gracias hola pero como cómo más se lo nuestro nuestra nuestros nuestras al mi mis tu tus te hoy mañana ya " +
		"también porque cuando donde dónde hay ser fue era estamos estoy somos desde hasta sin sobre entre ella ellos usted " +
		"ud ustedes todo todos toda todas bien pronto feliz felicidades ánimo animo abrazo abrazos saludos gracias q xq pq " +
		"después antes aquí ahí este esta esto estos estas ese esa eso fin semana día días año años niño niña niños bebé " +
		"mamá papá abuela abuelo hijo hija señora señor doctora cita salud clínica vacuna vacunas")
	englishMarks = wordSet("the and is to of for you your with this that our we on it be are thanks thank please so " +
		"just will can have has was were they them their there what when where who how about from at by an or not all " +
		"get got see hope glad happy today tomorrow week day year kid kids baby mom dad son daughter doctor appointment " +
		"health clinic shot shots")
)

func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[keyOf(w)] = true
	}
	return m
}

// Language says which language a text is written in: Spanish when its
// Spanish function words outnumber its English ones, English otherwise
// (also for a text with neither).
func Language(text string) string {
	es, en := languageCounts(text)
	if es > en {
		return Spanish
	}
	return English
}

const (
	markSpanish = 1 << iota
	markEnglish
)

// languageMarks holds both lists of function words, so that a word is
// looked up once.
var languageMarks = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for k := range spanishMarks {
		m[k] |= markSpanish
	}
	for k := range englishMarks {
		m[k] |= markEnglish
	}
	return m
})

// languageCounts counts the Spanish and English function words in text.
func languageCounts(text string) (es, en int) {
	marks := languageMarks()
	count := func(f string) {
		m := marks[keyOf(f)]
		if m&markSpanish != 0 {
			es++
		}
		if m&markEnglish != 0 {
			en++
		}
	}
	// As strings.FieldsFunc, without the slice of every word.
	start := -1
	for i, r := range text {
		if wordRune(r) || r == '\'' || r == '’' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			count(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		count(text[start:])
	}
	return es, en
}
