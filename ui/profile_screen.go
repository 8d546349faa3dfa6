package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
)

type profileStore interface {
	Profile(ctx context.Context) (drafts.Profile, error)
	SaveProfile(ctx context.Context, p drafts.Profile) error
}

// commonTimeZones are offered first; any IANA name can be typed.
var commonTimeZones = []string{
	"America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
	"America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "America/Toronto", "America/Vancouver",
	"America/Mexico_City", "Europe/London", "Europe/Dublin", "Europe/Berlin", "Europe/Madrid", "Europe/Paris",
	"Australia/Sydney", "Pacific/Auckland", "UTC",
}

type profileScreen struct {
	svc    profileStore
	win    fyne.Window
	saved  func()
	status *widget.Label
	intro  *widget.Label

	name, phone, website, address, emergency, staff *widget.Entry
	zone                                            *widget.SelectEntry
	saveButton                                      *widget.Button
	content                                         fyne.CanvasObject
	// firstRun holds the user on this screen until a profile is saved.
	firstRun bool
}

func newProfileScreen(svc profileStore, win fyne.Window, saved func()) *profileScreen {
	s := &profileScreen{svc: svc, win: win, saved: saved}
	s.name = widget.NewEntry()
	s.name.SetPlaceHolder("e.g. Maple Grove Family Clinic")
	s.phone = widget.NewEntry()
	s.phone.SetPlaceHolder("e.g. (555) 010-0100")
	s.website = widget.NewEntry()
	s.website.SetPlaceHolder("e.g. maplegrove.example")
	s.address = widget.NewEntry()
	s.address.SetPlaceHolder("e.g. 100 Orchard Lane, Springfield")
	s.zone = widget.NewSelectEntry(commonTimeZones)
	s.zone.SetPlaceHolder("e.g. America/New_York")
	s.emergency = widget.NewMultiLineEntry()
	s.emergency.SetPlaceHolder("e.g. If this is an emergency, call 911. For the Suicide & Crisis Lifeline, call or text 988.")
	s.emergency.SetMinRowsVisible(2)
	s.emergency.Wrapping = fyne.TextWrapWord
	s.staff = widget.NewMultiLineEntry()
	s.staff.SetPlaceHolder("e.g.\nDr. Ana Ruiz\nNurse Priya Shah")
	s.staff.SetMinRowsVisible(4)

	s.status = widget.NewLabel("")
	s.status.Wrapping = fyne.TextWrapWord
	s.intro = wrappingLabel("")
	s.saveButton = widget.NewButton("Save profile", s.save)
	s.saveButton.Importance = widget.HighImportance

	form := widget.NewForm(
		widget.NewFormItem("Clinic name", s.name),
		widget.NewFormItem("Public phone", s.phone),
		widget.NewFormItem("Website", s.website),
		widget.NewFormItem("Address", s.address),
		widget.NewFormItem("Time zone", s.zone),
		widget.NewFormItem("Emergency wording", s.emergency),
		widget.NewFormItem("Staff names", s.staff),
	)
	form.Items[1].HintText = "Your own number is never flagged as patient information."
	form.Items[4].HintText = "Posts are scheduled in this time zone."
	form.Items[5].HintText = "What you tell people with an urgent problem."
	form.Items[6].HintText = "One per line. Public names of your providers and staff; never flagged."
	s.content = container.NewVScroll(container.NewPadded(container.NewVBox(
		heading("Clinic profile"), s.intro, form,
		container.NewHBox(s.saveButton), s.status,
	)))
	return s
}

func (s *profileScreen) Content() fyne.CanvasObject { return s.content }

// Refresh loads the stored profile, or defaults on first run.
func (s *profileScreen) Refresh() {
	if s.firstRun {
		s.intro.SetText("Welcome to CarePost. Tell us about your clinic first: templates fill in these details, " +
			"and the privacy check knows they are yours. Everything stays on this computer.")
	} else {
		s.intro.SetText("Templates use these details, and the privacy check never flags them.")
	}
	ctx, cancel := opContext()
	defer cancel()
	p, err := s.svc.Profile(ctx)
	if err != nil {
		if s.zone.Text == "" {
			s.zone.SetText(localZoneName())
		}
		return
	}
	s.name.SetText(p.Name)
	s.phone.SetText(p.Phone)
	s.website.SetText(p.Website)
	s.address.SetText(p.Address)
	s.zone.SetText(p.TimeZone)
	s.emergency.SetText(p.EmergencyWording)
	s.staff.SetText(strings.Join(p.StaffNames, "\n"))
}

func (s *profileScreen) profile() drafts.Profile {
	return drafts.Profile{
		Name: s.name.Text, Phone: s.phone.Text, Website: s.website.Text, Address: s.address.Text,
		TimeZone: strings.TrimSpace(s.zone.Text), EmergencyWording: s.emergency.Text,
		StaffNames: strings.Split(s.staff.Text, "\n"),
	}
}

func (s *profileScreen) save() {
	ctx, cancel := opContext()
	defer cancel()
	if err := s.svc.SaveProfile(ctx, s.profile()); err != nil {
		s.status.Importance = widget.DangerImportance
		s.status.SetText("Not saved: " + err.Error())
		return
	}
	s.status.Importance = widget.SuccessImportance
	s.status.SetText("Saved at " + time.Now().Format("15:04") + ".")
	if s.saved != nil {
		s.saved()
	}
}

// localZoneName guesses the computer's IANA zone for first run.
func localZoneName() string {
	if name := time.Local.String(); name != "Local" && name != "" {
		return name
	}
	return "America/New_York"
}
