package board

import (
	"encoding/json"
	"fmt"
)

// A JSON object with the same key twice is valid JSON, and Go's decoder
// silently keeps the last value. In a board file it means two programs, or
// a careless merge, wrote one sticky: the first value is lost unseen. The
// loader reports each such key as a repair.

// maxDuplicateReports bounds how many duplicate keys are listed one by one.
const maxDuplicateReports = 20

// duplicateKey is one key met again in the same object.
type duplicateKey struct {
	key       string
	line, col int
}

// duplicateKeys finds keys repeated within one object of data, which must
// be valid JSON. It reads data once, without building it, and reports at
// most maxDuplicateReports keys, then how many more there were.
func duplicateKeys(data []byte) (found []duplicateKey, more int) {
	type frame struct {
		object    bool
		expectKey bool
		keys      []string
		set       map[string]bool // once an object has many keys
	}
	var stack []frame
	seen := func(f *frame, key string) bool {
		if f.set != nil {
			if f.set[key] {
				return true
			}
			f.set[key] = true
			return false
		}
		for _, k := range f.keys {
			if k == key {
				return true
			}
		}
		f.keys = append(f.keys, key)
		if len(f.keys) > 16 {
			f.set = map[string]bool{}
			for _, k := range f.keys {
				f.set[k] = true
			}
		}
		return false
	}
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '{':
			stack = append(stack, frame{object: true, expectKey: true})
		case '[':
			stack = append(stack, frame{})
		case '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case ',':
			if n := len(stack); n > 0 && stack[n-1].object {
				stack[n-1].expectKey = true
			}
		case '"':
			start := i
			escaped := false
			for i++; i < len(data) && data[i] != '"'; i++ {
				if data[i] == '\\' {
					escaped = true
					i++
				}
			}
			n := len(stack)
			if n == 0 || !stack[n-1].object || !stack[n-1].expectKey {
				continue
			}
			f := &stack[n-1]
			f.expectKey = false
			key := string(data[start+1 : min(i, len(data))])
			if escaped {
				_ = json.Unmarshal(data[start:min(i+1, len(data))], &key)
			}
			if seen(f, key) {
				if len(found) == maxDuplicateReports {
					more++
					continue
				}
				line, col := lineCol(data, int64(start))
				found = append(found, duplicateKey{key, line, col})
			}
		}
	}
	return found, more
}

// reportDuplicateKeys adds a repair for each key repeated in data.
func reportDuplicateKeys(data []byte, rs *repairs) {
	found, more := duplicateKeys(data)
	for _, d := range found {
		rs.add(fmt.Sprintf("line %d, column %d", d.line, d.col), "the last value was used",
			"key %q appears twice in one object", clip(d.key, 40))
	}
	if more > 0 {
		rs.add("", "the last value was used each time", "%d more keys appear twice in one object", more)
	}
}
