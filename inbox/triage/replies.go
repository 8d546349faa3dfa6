package triage

import "strings"

// DefaultEmergencyWording is used when the clinic has not written its own
// (the profile's Emergency wording is empty).
const DefaultEmergencyWording = "If this is an emergency, call 911 or go to the nearest emergency room."

// defaultEmergencyWordingES is the default's Spanish version.
const defaultEmergencyWordingES = "Si es una emergencia, llame al 911 o vaya a la sala de emergencias más cercana."

// EmergencyVariable is where the built-in emergency reply puts the clinic's
// emergency wording; it is the variable post templates use for it, so a
// saved reply filled like a template gets the same words. FillEmergency
// fills it.
const EmergencyVariable = "{{clinic.emergency}}"

// SavedReply is a reply staff can pick and edit before sending.
type SavedReply struct {
	Name string
	Text string
}

// Names of the built-in replies, the same in every language.
const (
	ReplyThanks    = "Thank you (no details)"
	ReplyPrivate   = "Move to a private channel"
	ReplyEmergency = "Emergency guidance"
)

// The built-in replies are privacy-safe: they never confirm that someone
// is a patient, never repeat a health detail and ask nothing clinical.
var builtIns = map[string][]SavedReply{
	English: {
		{ReplyThanks, "Thank you so much for your kind words! We'll share them with our team."},
		{ReplyPrivate, "Thank you for reaching out. To protect your privacy, please don't share health details here. " +
			"Call our office or send us a message through the patient portal, and our team will help you there."},
		{ReplyEmergency, "We're so sorry you're going through this. " + EmergencyVariable +
			" Please reach out to them now; your safety comes first."},
	},
	Spanish: {
		{ReplyThanks, "¡Muchas gracias por sus amables palabras! Las compartiremos con nuestro equipo."},
		{ReplyPrivate, "Gracias por escribirnos. Para proteger su privacidad, por favor no comparta detalles de salud aquí. " +
			"Llame a nuestra oficina o envíenos un mensaje por el portal del paciente, y nuestro equipo le ayudará allí."},
		{ReplyEmergency, "Lamentamos mucho que esté pasando por esto. " + EmergencyVariable +
			" Por favor, busque ayuda ahora; su seguridad es lo primero."},
	},
}

// BuiltIns returns the built-in saved replies in lang ("es" for Spanish,
// English otherwise). The emergency reply holds EmergencyVariable for the
// clinic's wording: fill it with FillEmergency before it is sent.
func BuiltIns(lang string) []SavedReply {
	return append([]SavedReply(nil), builtIns[replyLang(lang)]...)
}

func replyLang(lang string) string {
	if strings.HasPrefix(strings.ToLower(lang), Spanish) {
		return Spanish
	}
	return English
}

// FillEmergency puts the clinic's emergency wording where a reply has
// EmergencyVariable. Empty wording gets DefaultEmergencyWording (its
// Spanish version in a Spanish reply).
func FillEmergency(text, lang, emergencyWording string) string {
	w := strings.TrimSpace(emergencyWording)
	if w == "" {
		w = DefaultEmergencyWording
		if replyLang(lang) == Spanish {
			w = defaultEmergencyWordingES
		}
	}
	return strings.ReplaceAll(text, EmergencyVariable, w)
}

// SuggestedReply picks a reply for an assessed message, in lang (the
// message's own, r.Lang, when lang is empty): the emergency guidance for an
// urgent one, with the crisis line (988) added for a mental-health crisis
// when the clinic's wording gives 911 and not 988; "move to a private
// channel" when the writer shares health details; a thank-you otherwise.
// Spam gets no reply (""): hide or ignore it. So does abuse aimed at staff
// with nothing urgent in it: a reply would only feed it.
func SuggestedReply(r Result, lang string, emergencyWording string) string {
	if lang == "" {
		lang = r.Lang
	}
	lang = replyLang(lang)
	pick := func(name string) string {
		for _, s := range builtIns[lang] {
			if s.Name == name {
				return s.Text
			}
		}
		return ""
	}
	switch {
	case r.Urgent:
		text := FillEmergency(pick(ReplyEmergency), lang, emergencyWording)
		if r.Category == CategoryMentalHealth && strings.Contains(text, "911") && !strings.Contains(text, "988") {
			if lang == Spanish {
				text += " Para la Línea de Prevención del Suicidio y Crisis, llame o envíe un mensaje de texto al 988."
			} else {
				text += " For the Suicide & Crisis Lifeline, call or text 988."
			}
		}
		return text
	case r.Spam, r.Abuse:
		return ""
	case r.PrivateDetails:
		return pick(ReplyPrivate)
	case r.Question:
		return "" // a question wants its own answer, not a thank-you
	default:
		return pick(ReplyThanks)
	}
}
