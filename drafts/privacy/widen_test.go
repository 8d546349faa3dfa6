package privacy

import (
	"math"
	"testing"
)

// The second reading (widen.go) marks more in a text about someone and
// nothing in a text about no one.
func TestSecondReading(t *testing.T) {
	uk := Own{Phone: "+44 20 7946 0958"}
	for _, tc := range []struct {
		name  string
		reply bool
		text  string
		want  []string // findings as "kind:text" that must be there
		never []string // findings that must not
		own   *Own     // the clinic; a made-up one when nil
	}{
		{"a record number with no label", true, "Hi Tama, ZKT4821 is all sorted, we'll get Dr Pillai to look at your BP meds.",
			[]string{"identifier:ZKT4821"}, nil, nil},
		{"a long number with no label", true, "Hi Tomas, the clinic notes you sent (38905121234) are uploaded to your record now.",
			[]string{"identifier:38905121234"}, nil, nil},
		{"digits in groups", true, "@zsofi.kovacs your blood test is back, and 045 612 378 is on your file now.",
			[]string{"identifier:045 612 378"}, nil, nil},
		{"a weekday after a booking", true, "Hi @chloe.brisbane, the travel jabs you asked about are booked for Fri 15th with Joy.",
			[]string{"date:Fri 15th"}, nil, nil},
		{"a holiday", false, "So proud of Hemi, smoke free since Easter after his lung scare!",
			[]string{"date:Easter"}, nil, nil},
		{"the clinic's own number is no record", true, "Hi Tama, your BP meds are ready, ring 555 010 0109 if you have questions.",
			nil, []string{"identifier:555 010 0109"}, nil},
		{"an amount with its unit is no record", true, "Hi Tama, your metformin goes up to 2000mg from Monday.",
			nil, []string{"identifier:2000mg"}, nil},
		{"every visit is anyone's", false, "Mrs. Okafor's knee is healing well. Bring your insurance card to every visit.",
			nil, []string{"relationship:visit"}, nil},
		{"round the clock is no date", false, "Mrs. Okafor's knee replacement went well. Our on-call line is open 24/7.",
			nil, []string{"date:24/7"}, nil},
		{"a clinic abroad writes its own number nationally", false, "So proud of Maria after her knee surgery! Call us on 020 7946 0958 with questions.",
			nil, []string{"identifier:020 7946 0958"}, &uk},
		{"times and amounts are no record", true, "Thanks Maria, glad the knee surgery went well! The lab is open 0800-1700, take 2x500mg, the A1 bus runs 10am-12pm, see our Q3-2024 report.",
			nil, []string{"identifier:0800-1700", "identifier:2x500mg", "identifier:10am-12pm", "identifier:Q3-2024"}, nil},
		{"ages in months are no record", true, "Thanks Maria, the knee surgery went well! Babies' jabs are due at 12 15 18 24 months.",
			nil, []string{"identifier:12 15 18 24"}, nil},
		{"a number far from the person", false, "Thanks Maria for the kind words about your knee surgery!\nWe love hearing from you.\nOur team works hard.\nWe became ISO9001 certified on March 3.",
			nil, []string{"identifier:ISO9001", "date:March 3"}, nil},
		{"a pharmacy's number is about no one", false, "Dr. Okafor is away on Monday 3 March. For repeat prescriptions ring the pharmacy on 555-0187.",
			nil, []string{"date:Monday 3"}, nil},
		{"a handle is a person", false, "Huge shout-out to @tama_h, back on the rugby field since Easter after his knee surgery!",
			[]string{"date:Easter"}, nil, nil},
		{"signing in is no booking", true, "Glad the knee surgery went well, Maria! Sign in for Friday's fun run at reception.",
			nil, []string{"date:Friday"}, nil},
		{"a holiday wished is no date", true, "Glad the knee surgery went well, Maria! Merry Christmas!",
			nil, []string{"date:Christmas"}, nil},
		{"advice about feeling better is anyone's", true, "Thanks for the question! Most people feel better within a week. Antibiotics don't help with colds.",
			nil, []string{"condition:Antibiotics", "condition:colds"}, nil},
		{"talk and drive as verbs name no event", true, "Hi Mr. Szabo, lorazepam can't be refilled early, but we can talk with you about it at your visit on 11/19. He can't drive yet.",
			[]string{"date:11/19"}, nil, nil},
		{"a talk is still an event", false, "So proud of Maria after her knee surgery! She gives a talk on recovery on March 12.",
			nil, []string{"date:March 12"}, nil},
		{"a weekday with its day after for", true, "Hi @gaby.huerta_, tu papá's colonoscopy is still on for lunes 14.",
			[]string{"date:lunes 14"}, nil, nil},
		{"still on for a weekday", true, "@jolene.starr your husband Dale's stress test is still on for Thursday at 8am.",
			[]string{"date:Thursday at 8am"}, nil, nil},
		{"a bare ordinal after on", true, "Jomon, Ancy's thyroid scan is on 16th, fasting not needed.",
			[]string{"date:16th"}, nil, nil},
		{"an ordinal street is no date", true, "Hi Xóchitl, tu hija's strep test was positive, the amoxicillin went to CVS on 5th, and the foot clinic is here on 2nd Wednesdays.",
			nil, []string{"date:5th", "date:2nd"}, nil},
		{"a talk about something is still an event", false, "So proud of Maria after her knee surgery! She gives a talk about recovery on March 12.",
			nil, []string{"date:March 12"}, nil},
		{"a walk with a team is still an event", false, "So proud of Maria after her knee surgery! She'll lead the walk with our physio team on Saturday, March 12.",
			nil, []string{"date:March 12", "date:Saturday, March 12"}, nil},
		{"a doctor on call is no booking", true, "@maria.g so sorry about your mom's fall! Dr. Kim is on call for Saturday if her wrist gets worse.",
			nil, []string{"date:Saturday"}, nil},
		{"all set for an event", true, "@maria.g glad your son's cast is off! We're all set for Saturday's bake sale, see you there.",
			nil, []string{"date:Saturday", "date:Saturday's"}, nil},
		{"a clock hour is no day", true, "@maria.g glad your son's cast is off! The pool is free for Seniors for Saturday 10 to 12.",
			nil, []string{"date:Saturday 10", "date:Saturday"}, nil},
		{"an ordinal before a noun is no date", true, "@maria.g congrats on the pregnancy! The flu shot is safe after 1st trimester, the Tdap by 3rd trimester, and her school note is for 2nd period.",
			nil, []string{"date:1st", "date:3rd", "date:2nd"}, nil},
		{"an ordinal after a care word", true, "Hi Jomon, Ancy's MRI on 16th is confirmed, fasting not needed.",
			[]string{"date:16th"}, nil, nil},
		{"a screening owned is no event", true, "@chloe_fitz sorry we couldn't fit you in for your cervical screening last week 😞 Dr Whitu has a gap Mon 9/9 at 11 if that works?",
			[]string{"date:9/9"}, nil, nil},
		{"the screening is still an event", false, "So proud of Maria after her knee surgery! From today's diabetes class: free hepatitis B screening on 9 March.",
			nil, []string{"date:9 March"}, nil},
		{"days as a range", true, "@haitianqueen_ PA Pierre sent the letter for your job about your absence Oct 3-5 (bronchitis).",
			[]string{"date:Oct 3-5"}, nil, nil},
		{"a part of a month", true, "@mthembu.zanele Zanele! your iron levels are back up, keep taking the tablets till end of April, then early July we recheck.",
			[]string{"date:end of April", "date:early July"}, nil, nil},
		{"days as a range with an en dash, or day first", true, "@kev_o your note covers Oct 3–5 and 12-14 Nov (bronchitis).",
			[]string{"date:Oct 3–5", "date:12-14 Nov"}, nil, nil},
		{"a part of a month in Spanish", true, "@ana.r siga con las pastillas de la presión hasta fin de abril, doña Rosa.",
			[]string{"date:fin de abril"}, nil, nil},
		{"the clinic's own plans beside someone", true, "@kev_o congrats on finishing physio! Dr Rao is on leave end of June, so book early.",
			nil, []string{"date:end of June"}, nil},
		{"my class is an event", true, "@kate_m glad the knee surgery went well! Come along to my diabetes class on 9/10 at the library.",
			nil, []string{"date:9/10"}, nil},
		{"a part of a month beside the visit wording", true, "@kim Hi Kim, glad the knee replacement went well. See you early March for the recheck.",
			[]string{"date:early March"}, nil, nil},
		{"days later is no range", true, "@kev_o your bronchitis note: the trip moved from Oct 3 — 5 days later than planned.",
			nil, []string{"date:Oct 3 — 5"}, nil},
		{"a month and its year in a post", false, "So proud of Imogen Calloway, who started methadone with Dr. Rhee in October 2023 and just finished her nursing course.",
			[]string{"date:October 2023"}, nil, nil},
		// The grammar leaves a month alone in a post; the month of her
		// operation is a date of her care, and the second look may flag it
		// (as "after his diagnosis in March", secondlook_test.go).
		{"a month alone in a post is not read by the grammar", false, "After her hip replacement in March, Ingrid Solberg is back to walking 2 miles a day.",
			[]string{"condition:hip replacement"}, []string{"date:in March"}, nil},
		{"a time ago", false, "Congrats to Farhan Qadir, diagnosed with type 2 diabetes 3 years ago and off insulin now!",
			[]string{"date:3 years ago"}, nil, nil},
		{"a time ago in Spanish", true, "Hola Sra. Benítez, su hijo Matías empezó la terapia hace 6 meses y ya se nota el cambio.",
			[]string{"date:hace 6 meses"}, nil, nil},
		{"the clinic's own year beside someone", true, "@ingrid.s Ingrid, so glad the hip replacement went well! Our clinic opened in March 2010 and Dr. Ortiz joined us 2 years ago.",
			[]string{"condition:hip replacement"}, []string{"date:March 2010", "date:2 years ago"}, nil},
		// The month she started methadone may be flagged (the second look
		// weighs it: a date of someone's care is theirs), but never
		// joined to the next sentence's year.
		{"a year in the next sentence", false, "So proud of Imogen Calloway, who started methadone with us in March. 2024 was her year.",
			nil, []string{"date:March. 2024"}, nil},
		{"a few weeks ago", false, "Congrats to Farhan Qadir, who finished chemo a few weeks ago!",
			[]string{"date:a few weeks ago"}, nil, nil},
		{"an awareness month beside someone", true, "@sam_k glad your knee op went well, Sam! June is ALS Awareness Month, join our walk on Saturday.",
			[]string{"condition:knee op"}, []string{"condition:ALS"}, nil},
		{"a workshop beside someone", true, "@sam_k glad your knee op went well, Sam! We run a diabetes workshop on Tuesdays at the clinic.",
			[]string{"condition:knee op"}, []string{"condition:diabetes"}, nil},
		{"a time from now names no day", true, "Hi Tama, your BP meds are ready, we'll recheck your pressure in 3 months.",
			nil, []string{"date:in 3 months", "date:3 months"}, nil},
		{"a clean text is never read again", false, "Flu shots are in! Walk-ins welcome Fri 15th, show code FLU2024 for a free coffee or call 555 010 0109.",
			nil, []string{"identifier:FLU2024", "date:Fri 15th", "identifier:555 010 0109"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			own := Own{Phone: "555-010-0109", StaffNames: []string{"Dr Rajesh Pillai", "Nurse Joy Abiodun"}}
			if tc.own != nil {
				own = *tc.own
			}
			checkFindings(t, tc.text, Options{Reply: tc.reply, Own: own}, tc.want, tc.never)
		})
	}
}

func TestRecordShapes(t *testing.T) {
	for _, tc := range []struct {
		key        string
		long, code bool
	}{
		{"38905121234", true, false},
		{"621-09-83-4552", true, false},
		{"2019-2024", false, false}, // years
		{"12-03-2025", false, false},
		{"1234567", false, false}, // seven digits: a local phone's length
		{"zkt4821", false, true},
		{"k7739201", false, true},
		{"rx1-h204815", false, true},
		{"2000mg", false, false},
		{"24-48h", false, false},
		{"covid19", false, false},
	} {
		if got := longNumber(tc.key); got != tc.long {
			t.Errorf("longNumber(%q) = %v, want %v", tc.key, got, tc.long)
		}
		if got := letterCode(tc.key); got != tc.code {
			t.Errorf("letterCode(%q) = %v, want %v", tc.key, got, tc.code)
		}
	}
}

// Near a finding about someone, the second reading marks the words the
// tagger reads as care or as a name under its own thresholds
// (widenCareTagged, widenNamesTagged), but not units, contractions,
// "back", nor words in a clean text.
func TestSecondReadingCareWords(t *testing.T) {
	// A tagger that reads "zopiclone" and "lbs" as care at 0.3, "tavita"
	// and "i'm" as a name at 0.3, and every other word as nothing: under
	// the first reading's thresholds.
	tg := wordTagger(map[string][tagOutputs]float64{
		"zopiclone": {0.3, 0, 0}, "lbs": {0.3, 0, 0}, "back": {0.3, 0, 0}, "you've": {0.3, 0, 0},
		"tavita": {0, 0.3, 0}, "i'm": {0, 0.3, 0},
	})
	for _, tc := range []struct {
		name        string
		reply       bool
		text        string
		want, never []string
	}{
		{"a word under the threshold near someone", true, "@mo.k so glad the knee op went well, Mo! The zopiclone is only for a week.",
			[]string{"condition:knee op", "condition:zopiclone"}, nil},
		{"not in a clean text", false, "The zopiclone leaflet is on our website.", nil, []string{"condition:zopiclone"}},
		{"not a unit, a contraction or back", true, "@mo.k so glad the knee op went well, Mo! You've lost 4 lbs, come back for a weigh-in.",
			[]string{"condition:knee op"}, []string{"condition:lbs", "condition:You've", "condition:back"}},
		{"not the clinic's own", true, "@mo.k so glad the knee op went well, Mo! Our zopiclone leaflet is on the website.",
			[]string{"condition:knee op"}, []string{"condition:zopiclone", "condition:zopiclone leaflet"}},
		{"a name under the threshold near someone, not a contraction", true, "@mo.k so glad the knee op went well, Mo! I'm sure Tavita will look after you.",
			[]string{"name:Tavita"}, []string{"name:I'm"}},
		{"not general advice", true, "@mo.k so glad the knee op went well, Mo! If anyone needs zopiclone, ask the GP.",
			[]string{"condition:knee op"}, []string{"condition:zopiclone"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			withTagger(tg, func() { checkFindings(t, tc.text, Options{Reply: tc.reply}, tc.want, tc.never) })
		})
	}
}

// In a sentence about someone, the second reading marks what the tagger
// reads as a date when it holds a word of the calendar, outside an event;
// never in a clean text.
func TestSecondReadingTaggedDates(t *testing.T) {
	tg := wordTagger(map[string][tagOutputs]float64{
		"last": {0, 0, 0, 0.8}, "spring": {0, 0, 0, 0.8}, "soon": {0, 0, 0, 0.8}, "6": {0, 0, 0, 0.8}, "wks": {0, 0, 0, 0.8},
	})
	for _, tc := range []struct {
		name        string
		reply       bool
		text        string
		want, never []string
	}{
		{"a season in the person's sentence", true, "@mo.k so glad the knee op last spring went well, Mo!",
			[]string{"condition:knee op", "date:last spring"}, nil},
		{"a span of time", true, "@mo.k the knee op stitches come out in 6 wks, Mo.", []string{"date:6 wks"}, nil},
		{"not a word outside the calendar", true, "@mo.k so glad the knee op went well, back to footy soon!",
			[]string{"condition:knee op"}, []string{"date:soon"}},
		{"not an event's date", true, "@mo.k glad the knee op went well, see you at our health fair last spring!",
			[]string{"condition:knee op"}, []string{"date:last spring"}},
		{"not in a clean text", false, "Flu shots were popular last spring.", nil, []string{"date:last spring"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			withTagger(tg, func() { checkFindings(t, tc.text, Options{Reply: tc.reply}, tc.want, tc.never) })
		})
	}
}

// wordTagger is a tagger that reads each word of probs at the
// probabilities given, from the word alone, and every other word at
// about 0.
func wordTagger(probs map[string][tagOutputs]float64) *tagger {
	logit := func(p float64) float64 { return math.Log(p / (1 - p)) }
	const scale = 0.001
	tg := &tagger{threshold: shippedTagger.threshold, scale: scale, weights: make([]int16, tagOutputs<<tagBits)}
	for o := range tg.bias {
		tg.bias[o] = float32(logit(0.0001))
	}
	for w, p := range probs {
		b := int(oneBucket(featWord, wordHash(w)))
		for o, v := range p {
			if v > 0 {
				tg.weights[b*tagOutputs+o] = int16(math.Round((logit(v) - logit(0.0001)) / scale))
			}
		}
	}
	return tg
}

// TestSureCareInGeneralWording: in a text about someone, care the tagger
// is all but sure of is theirs even in a sentence of general wording.
func TestSureCareInGeneralWording(t *testing.T) {
	checkFindings(t, "Sveta and I want to thank the whole team. After the miscarriage in January you treated us like people, not numbers.",
		Options{Reply: true}, []string{"condition:miscarriage"}, nil)
	checkFindings(t, "@dana.k thanks! Most people feel a little sore after the flu shot, that's normal.",
		Options{Reply: true}, nil, []string{"condition:flu shot"})
}

// TestCareBeforeVisit: a word the tagger is all but sure is care, right
// before a visit's word, is marked in the sentence of a finding about a
// person, not in another; general wording does not stop care it is all
// but sure of near a person (widenCareSure), but does stop care it is less
// sure of.
func TestCareBeforeVisit(t *testing.T) {
	tg := wordTagger(map[string][tagOutputs]float64{"newborn": {0.95, 0, 0}, "zopiclone": {0.95, 0, 0}, "melatonin": {0.5, 0, 0}})
	withTagger(tg, func() {
		checkFindings(t, "@ada.k so glad the knee op went well, Ada! Your newborn check for Tobi is on Friday.", Options{Reply: true},
			[]string{"condition:newborn"}, nil)
		checkFindings(t, "@ada.k so glad the knee op went well, Ada! Our car park is shut. A newborn check is free for everyone.", Options{Reply: true},
			[]string{"condition:knee op"}, []string{"condition:newborn"})
		checkFindings(t, "@ada.k so glad the knee op went well, Ada! Lots of people find zopiclone leaves a bitter taste.", Options{Reply: true},
			[]string{"condition:zopiclone"}, nil)
		checkFindings(t, "@ada.k so glad the knee op went well, Ada! Lots of people find melatonin leaves a bitter taste.", Options{Reply: true},
			nil, []string{"condition:melatonin"})
	})
}
