package privacy

import (
	"testing"
)

// TestNumberAndDateShapes: record numbers written in parts, after '#' or in
// a list, and the dates beside them, each read as what it is.
func TestNumberAndDateShapes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // findings as "kind:text" that must be there
		never      []string // findings that must not
	}{
		{"a number in dotted parts", "Hola Javiera, su RUT 17.345.882-K quedó mal escrito en la ficha.", []string{"identifier:RUT 17.345.882-K"}, nil},
		{"a number in slashed parts", "Agnieszka, your vaccine record is under policy no. HLT/2024/55810.", []string{"identifier:policy no. HLT/2024/55810"}, nil},
		{"a date after a label stays a date", "@sam_k your claim 12/03/2025 visit is covered, see you friday", nil, []string{"identifier:claim 12/03/2025", "identifier:claim 12/03"}},
		{"a code after '#'", "Theo, your refill waits for the monthly labs. Lab order #LO-772019 is at the desk.", []string{"identifier:LO-772019"}, nil},
		{"a year after '#' is a hashtag", "Get your #Flu-2024 shot this week!", nil, []string{"identifier:Flu-2024"}},
		{"a short number after '#' is a hashtag", "Our #COVID-19 clinic is open on Saturdays.", nil, []string{"identifier:COVID-19"}},
		{"numbers listed under one label", "Update for the 8:30 crew: chart nos. 5512, 5519 and 5530, your hearing tests moved to Fri.", []string{"identifier:5519", "identifier:5530"}, nil},
		{"a year in a list is not a number", "@amy_r your member ID 448812, 2024 plan, is on file for the physio visit", []string{"identifier:member ID 448812"}, []string{"identifier:2024"}},
		{"el día at a sentence's start only", "Se lo dije a él. Día 3 empieza la terapia de su hijo.", nil, []string{"date:él. Día 3"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFindings(t, tc.text, Options{Reply: true}, tc.want, tc.never)
		})
	}
}
