package drafts

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Templates lists the built-in templates followed by the clinic's own.
func (s *Service) Templates(ctx context.Context) ([]Template, error) {
	builtins, err := BuiltinTemplates()
	if err != nil {
		return nil, err
	}
	own, err := s.OwnTemplates(ctx)
	if err != nil {
		return nil, err
	}
	return append(builtins, own...), nil
}

// OwnTemplates lists the templates staff created or imported, by name.
func (s *Service) OwnTemplates(ctx context.Context) ([]Template, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT id, key, name, category, body, variables, networks FROM templates ORDER BY name COLLATE NOCASE, id`)
	if err != nil {
		return nil, fmt.Errorf("reading templates: %w", err)
	}
	defer rows.Close()
	var out []Template
	for rows.Next() {
		var t Template
		var vars, networks string
		if err := rows.Scan(&t.ID, &t.Key, &t.Name, &t.Category, &t.Body, &vars, &networks); err != nil {
			return nil, fmt.Errorf("reading templates: %w", err)
		}
		if err := json.Unmarshal([]byte(vars), &t.Variables); err != nil {
			return nil, fmt.Errorf("template %q has damaged variables: %w", t.Name, err)
		}
		t.Networks = splitNetworks(networks)
		out = append(out, t)
	}
	return out, rows.Err()
}

// Template finds a template by key, built-in or own.
func (s *Service) Template(ctx context.Context, key string) (Template, error) {
	all, err := s.Templates(ctx)
	if err != nil {
		return Template{}, err
	}
	for _, t := range all {
		if t.Key == key {
			return t, nil
		}
	}
	return Template{}, fmt.Errorf("no template with key %q", key)
}

// SaveTemplate validates and stores one of the clinic's own templates,
// returning it with its ID and key. Built-ins are read-only: duplicate one
// to change it.
func (s *Service) SaveTemplate(ctx context.Context, t Template) (Template, error) {
	if t.Builtin {
		return Template{}, fmt.Errorf("%q is built in and cannot be changed; duplicate it and edit the copy", t.Name)
	}
	t.Name = strings.TrimSpace(t.Name)
	if err := t.Validate(); err != nil {
		return Template{}, err
	}
	vars, err := json.Marshal(nonNilVariables(t.Variables))
	if err != nil {
		return Template{}, err
	}
	now := s.stamp()
	if t.ID == 0 {
		if t.Key, err = s.freeTemplateKey(ctx, t.Key, t.Name); err != nil {
			return Template{}, err
		}
		res, err := s.db.ExecContext(ctx, `INSERT INTO templates (key, name, category, body, variables, networks, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, t.Key, t.Name, t.Category, t.Body, string(vars), joinNetworks(t.Networks), now, now)
		if err != nil {
			return Template{}, fmt.Errorf("saving template %q: %w", t.Name, err)
		}
		t.ID, _ = res.LastInsertId()
		return t, nil
	}
	res, err := s.db.ExecContext(ctx, `UPDATE templates SET name = ?, category = ?, body = ?, variables = ?, networks = ?, updated_at = ? WHERE id = ?`,
		t.Name, t.Category, t.Body, string(vars), joinNetworks(t.Networks), now, t.ID)
	if err != nil {
		return Template{}, fmt.Errorf("saving template %q: %w", t.Name, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return Template{}, fmt.Errorf("template %q no longer exists", t.Name)
	}
	return t, nil
}

// DuplicateTemplate saves a copy of t (built-in or own) as an own template.
func (s *Service) DuplicateTemplate(ctx context.Context, t Template) (Template, error) {
	t.ID, t.Builtin, t.Key = 0, false, ""
	t.Name = strings.TrimSpace(t.Name) + " (copy)"
	return s.SaveTemplate(ctx, t)
}

// DeleteTemplate removes one of the clinic's own templates. Drafts made
// from it keep their text.
func (s *Service) DeleteTemplate(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM templates WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("deleting template: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("that template no longer exists")
	}
	return nil
}

// ImportTemplates reads a template file and adds every template in it as
// the clinic's own, all or nothing. Keys that clash get a new one.
func (s *Service) ImportTemplates(ctx context.Context, r io.Reader) ([]Template, error) {
	ts, err := DecodeTemplates(r)
	if err != nil {
		return nil, err
	}
	// Read the taken keys before the transaction: the store has a single
	// connection, which the transaction holds until it ends.
	taken, err := s.takenTemplateKeys(ctx)
	if err != nil {
		return nil, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("importing templates: %w", err)
	}
	defer tx.Rollback()
	now := s.stamp()
	for i := range ts {
		t := &ts[i]
		t.Builtin = false
		t.Key = uniqueKey(t.Key, t.Name, taken)
		taken[t.Key] = true
		vars, err := json.Marshal(nonNilVariables(t.Variables))
		if err != nil {
			return nil, fmt.Errorf("importing template %q: %w", t.Name, err)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO templates (key, name, category, body, variables, networks, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, t.Key, t.Name, t.Category, t.Body, string(vars), joinNetworks(t.Networks), now, now)
		if err != nil {
			return nil, fmt.Errorf("importing template %q: %w", t.Name, err)
		}
		t.ID, _ = res.LastInsertId()
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("importing templates: %w", err)
	}
	return ts, nil
}

// ExportTemplates writes the given templates (built-in or own) as a file
// another CarePost can import.
func (s *Service) ExportTemplates(w io.Writer, ts []Template) error {
	return EncodeTemplates(w, ts)
}

func nonNilVariables(v []TemplateVariable) []TemplateVariable {
	if v == nil {
		return []TemplateVariable{}
	}
	return v
}

func (s *Service) takenTemplateKeys(ctx context.Context) (map[string]bool, error) {
	taken := map[string]bool{}
	builtins, err := BuiltinTemplates()
	if err != nil {
		return nil, err
	}
	for _, t := range builtins {
		taken[t.Key] = true
	}
	rows, err := s.db.QueryContext(ctx, `SELECT key FROM templates`)
	if err != nil {
		return nil, fmt.Errorf("reading template keys: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		taken[k] = true
	}
	return taken, rows.Err()
}

func (s *Service) freeTemplateKey(ctx context.Context, key, name string) (string, error) {
	taken, err := s.takenTemplateKeys(ctx)
	if err != nil {
		return "", err
	}
	return uniqueKey(key, name, taken), nil
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

func uniqueKey(key, name string, taken map[string]bool) string {
	base := strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(key), "-"), "-")
	if base == "" {
		base = strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(name), "-"), "-")
	}
	if base == "" {
		base = "template"
	}
	candidate := base
	for i := 2; taken[candidate]; i++ {
		candidate = fmt.Sprintf("%s-%d", base, i)
	}
	return candidate
}

// DraftFromTemplate renders t with the clinic profile and the values the
// user typed, and stores the result as a new draft.
func (s *Service) DraftFromTemplate(ctx context.Context, t Template, values map[string]string) (Draft, error) {
	p, err := s.profileOrEmpty(ctx)
	if err != nil {
		return Draft{}, err
	}
	body, err := t.Render(p, values)
	if err != nil {
		return Draft{}, err
	}
	networks := t.Networks
	if len(networks) == 0 {
		networks = []Network{Facebook, Instagram, Bluesky, Mastodon}
	}
	return s.CreateDraft(ctx, Draft{
		Title:          t.Name,
		Body:           body,
		Networks:       networks,
		TemplateKey:    t.Key,
		TemplateValues: values,
		PatientStory:   t.Key == "patient-story" || strings.EqualFold(t.Category, "Patient story"),
	})
}
