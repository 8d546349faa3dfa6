package privacy

import (
	"math/bits"
	"reflect"
	"testing"
)

// TestWordBitsNameTheirLists holds each bit to the list it is named for,
// and a word's bits to the lists' own answers, for every listed word and
// near misses of each.
func TestWordBitsNameTheirLists(t *testing.T) {
	v := vocab()
	named := []struct {
		bit   wordBits
		field string
	}{
		{inGivenNames, "givenNames"},
		{inNotNames, "notNames"},
		{inTitles, "titles"},
		{inRoleWords, "roleWords"},
		{inFamilyWords, "familyWords"},
		{inGreetings, "greetings"},
		{inHonorifics, "honorifics"},
		{inOrgWords, "orgWords"},
		{inOrgHeads, "orgHeads"},
		{inCommonCaps, "commonCaps"},
		{inPlaceWords, "placeWords"},
		{inLeadWords, "leadWords"},
		{inNameCareCues, "nameCareCues"},
		{inGroupWords, "groupWords"},
		{inStandaloneHeads, "standaloneHeads"},
		{inMedModifiers, "medModifiers"},
		{inMeasures, "measures"},
		{inRelNouns, "relNouns"},
		{inRelMods, "relMods"},
		{inPatientCompounds, "patientCompounds"},
		{inCareSettings, "careSettings"},
		{inPatientAdjs, "patientAdjs"},
		{inGenericWords, "genericWords"},
		{inYouWords, "youWords"},
		{inServiceWords, "serviceWords"},
		{inEventWords, "eventWords"},
		{inThirdPerson, "thirdPerson"},
		{inMonths, "months"},
		{inWeekdays, "weekdays"},
		{inDayPrefixes, "dayPrefixes"},
		{inDobCues, "dobCues"},
		{inDateCues, "dateCues"},
		{inRelativeDays, "relativeDays"},
		{inAmbiguousMonths, "ambiguousMonths"},
		{inRelativeSpans, "relativeSpans"},
		{inDateEvents, "dateEvents"},
		{inPhoneCues, "phoneCues"},
		{inBarePhoneCues, "barePhoneCues"},
		{inAddrSuffixes, "addrSuffixes"},
		{inUnitWords, "unitWords"},
		{inIdLabels, "idLabels"},
		{inStreetsFirst, "streetsFirst"},
		{inMedHeads, "medHeads"},
		{inBodyParts, "bodyParts"},
		{inCareWords, "careWords"},
	}
	lists := listsInBitOrder(v)
	if len(named) != len(lists) {
		t.Fatalf("%d bits named, %d lists", len(named), len(lists))
	}
	vv := reflect.ValueOf(v).Elem()
	for _, n := range named {
		i := bits.TrailingZeros64(uint64(n.bit))
		if got, want := reflect.ValueOf(lists[i]).Pointer(), vv.FieldByName(n.field).Pointer(); got != want {
			t.Errorf("bit %d is not the list %s", i, n.field)
		}
	}
	for i, l := range lists {
		for w := range l {
			for _, k := range []string{w, w + "s", w[:len(w)-1], "x" + w} {
				for j, m := range lists {
					if got := v.listsOf(k).has(1 << j); got != m[k] {
						t.Fatalf("listsOf(%q) has list %d: %v, the list says %v (from list %d)", k, j, got, m[k], i)
					}
				}
			}
		}
	}
}
