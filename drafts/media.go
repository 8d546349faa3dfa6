package drafts

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	_ "image/gif" // decoders register themselves for image.DecodeConfig
	_ "image/jpeg"
	_ "image/png"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// Image is a picture attached to a draft. The file lives in the data
// folder's media/ directory, named by its SHA-256, so attaching the same
// picture twice stores it once and a moved original does not break a draft.
type Image struct {
	MediaID      int64
	SHA256       string
	Path         string // absolute path of the stored copy
	MIMEType     string
	Size         int64
	Width        int
	Height       int
	OriginalName string
	AltText      string
	// ShowsPerson is the user's answer to "does this photo show a person?";
	// such photos need a live consent that covers photos.
	ShowsPerson bool
}

// MaxImageBytes caps what CarePost will copy in; no network takes more.
const MaxImageBytes = 50 << 20

var imageExtensions = map[string]string{
	"image/jpeg": ".jpg",
	"image/png":  ".png",
	"image/gif":  ".gif",
	"image/webp": ".webp",
}

// AttachImage copies the file at src into the media folder and links it to
// the draft. The original file is never modified.
func (s *Service) AttachImage(ctx context.Context, draftID int64, src string) (Image, error) {
	info, err := os.Stat(src)
	if err != nil {
		return Image{}, fmt.Errorf("cannot open the picture: %w", err)
	}
	if info.Size() > MaxImageBytes {
		return Image{}, fmt.Errorf("%s is %s; pictures larger than %s are not accepted by any network", filepath.Base(src), mediaSizeWords(info.Size()), mediaSizeWords(MaxImageBytes))
	}
	data, err := os.ReadFile(src)
	if err != nil {
		return Image{}, fmt.Errorf("cannot read the picture: %w", err)
	}
	return s.AttachImageData(ctx, draftID, filepath.Base(src), data)
}

// AttachImageData is AttachImage for bytes already in memory (a file picker
// hands the UI a reader, not a path).
func (s *Service) AttachImageData(ctx context.Context, draftID int64, name string, data []byte) (Image, error) {
	mimeType := http.DetectContentType(data)
	ext, ok := imageExtensions[mimeType]
	if !ok {
		return Image{}, fmt.Errorf("%s is not a JPEG, PNG, GIF or WebP picture (it looks like %s)", name, mimeType)
	}
	var width, height int
	if mimeType != "image/webp" { // the standard library has no WebP decoder
		cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return Image{}, fmt.Errorf("%s looks damaged and cannot be read as a picture: %w", name, err)
		}
		width, height = cfg.Width, cfg.Height
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	fileName := hash + ext
	if err := s.writeMediaFile(fileName, data); err != nil {
		return Image{}, err
	}

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Image{}, fmt.Errorf("attaching the picture: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO media (sha256, file_name, mime_type, size_bytes, width, height, original_name, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING`,
		hash, fileName, mimeType, len(data), width, height, name, s.stamp()); err != nil {
		return Image{}, fmt.Errorf("attaching the picture: %w", err)
	}
	var mediaID int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM media WHERE sha256 = ?`, hash).Scan(&mediaID); err != nil {
		return Image{}, fmt.Errorf("attaching the picture: %w", err)
	}
	var exists int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM draft_media WHERE draft_id = ? AND media_id = ?`, draftID, mediaID).Scan(&exists); err != nil {
		return Image{}, fmt.Errorf("attaching the picture: %w", err)
	}
	if exists > 0 {
		return Image{}, fmt.Errorf("%s is already attached to this draft", name)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO draft_media (draft_id, media_id, position, alt_text, shows_person)
		VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM draft_media WHERE draft_id = ?), '', 0)`,
		draftID, mediaID, draftID); err != nil {
		return Image{}, fmt.Errorf("attaching the picture: %w", err)
	}
	if _, err := s.moveStatus(ctx, tx, statusChange{to: StatusDraft}, draftID); err != nil {
		return Image{}, err
	}
	if err := tx.Commit(); err != nil {
		return Image{}, fmt.Errorf("attaching the picture: %w", err)
	}
	images, err := s.draftImages(ctx, draftID)
	if err != nil {
		return Image{}, err
	}
	for _, img := range images {
		if img.MediaID == mediaID {
			return img, nil
		}
	}
	return Image{}, errors.New("the attached picture vanished; try again")
}

// writeMediaFile writes through a temporary file and a rename, so a crash
// never leaves a half-written picture under its final name.
func (s *Service) writeMediaFile(name string, data []byte) error {
	if err := os.MkdirAll(s.mediaDir, 0o700); err != nil {
		return fmt.Errorf("creating the media folder: %w", err)
	}
	final := filepath.Join(s.mediaDir, name)
	if _, err := os.Stat(final); err == nil {
		return nil
	}
	tmp, err := os.CreateTemp(s.mediaDir, "incoming-*")
	if err != nil {
		return fmt.Errorf("copying the picture: %w", err)
	}
	// Gone after the rename; after a failure, a leftover incoming-* file is
	// only ever written, never read, so failing to remove it loses nothing.
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close() // the write's error is the one to report
		return fmt.Errorf("copying the picture: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close() // the sync's error is the one to report
		return fmt.Errorf("copying the picture: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("copying the picture: %w", err)
	}
	if err := os.Rename(tmp.Name(), final); err != nil {
		return fmt.Errorf("copying the picture: %w", err)
	}
	return nil
}

// UpdateImage saves alt text and the "shows a person" answer.
func (s *Service) UpdateImage(ctx context.Context, draftID, mediaID int64, alt string, showsPerson bool) error {
	res, err := s.db.ExecContext(ctx, `UPDATE draft_media SET alt_text = ?, shows_person = ? WHERE draft_id = ? AND media_id = ?`,
		strings.TrimSpace(alt), showsPerson, draftID, mediaID)
	if err != nil {
		return fmt.Errorf("saving the picture's description: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errors.New("that picture is no longer attached to this draft")
	}
	_, err = s.moveStatus(ctx, s.db, statusChange{to: StatusDraft}, draftID)
	return err
}

// RemoveImage unlinks a picture from a draft; its file stays while other
// drafts use it.
func (s *Service) RemoveImage(ctx context.Context, draftID, mediaID int64) error {
	_, err := s.db.ExecContext(ctx, `DELETE FROM draft_media WHERE draft_id = ? AND media_id = ?`, draftID, mediaID)
	if err != nil {
		return fmt.Errorf("removing the picture: %w", err)
	}
	return nil
}

func (s *Service) draftImages(ctx context.Context, draftID int64) ([]Image, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT m.id, m.sha256, m.file_name, m.mime_type, m.size_bytes, m.width, m.height, m.original_name,
			dm.alt_text, dm.shows_person
		FROM draft_media dm JOIN media m ON m.id = dm.media_id
		WHERE dm.draft_id = ? ORDER BY dm.position`, draftID)
	if err != nil {
		return nil, fmt.Errorf("reading the draft's pictures: %w", err)
	}
	defer rows.Close()
	var out []Image
	for rows.Next() {
		var img Image
		var file string
		if err := rows.Scan(&img.MediaID, &img.SHA256, &file, &img.MIMEType, &img.Size, &img.Width, &img.Height, &img.OriginalName,
			&img.AltText, &img.ShowsPerson); err != nil {
			return nil, err
		}
		img.Path = filepath.Join(s.mediaDir, file)
		out = append(out, img)
	}
	return out, rows.Err()
}

func mediaSizeWords(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
