package board

// AddSpan puts a timing span over consecutive events.
type AddSpan struct{ Span Span }

// Do adds the span.
func (c AddSpan) Do(b *Board) { b.Spans = append(b.Spans, c.Span) }

// Undo removes it again.
func (c AddSpan) Undo(b *Board) {
	if i := b.SpanIndex(c.Span.ID); i >= 0 {
		b.Spans = append(b.Spans[:i:i], b.Spans[i+1:]...)
	}
}

// Name implements Command.
func (c AddSpan) Name() string { return "Add timing" }

// EditSpan changes a span's label.
type EditSpan struct {
	ID    int
	Label string

	old string
}

// Do sets the new label.
func (c *EditSpan) Do(b *Board) {
	if i := b.SpanIndex(c.ID); i >= 0 {
		c.old, b.Spans[i].Label = b.Spans[i].Label, c.Label
	}
}

// Undo restores the old label.
func (c *EditSpan) Undo(b *Board) {
	if i := b.SpanIndex(c.ID); i >= 0 {
		b.Spans[i].Label = c.old
	}
}

// Name implements Command.
func (c *EditSpan) Name() string { return "Edit timing" }

// DeleteSpan removes a span; Undo puts it back in its place.
type DeleteSpan struct {
	ID int

	old   Span
	index int
}

// Do removes the span.
func (c *DeleteSpan) Do(b *Board) {
	c.index = b.SpanIndex(c.ID)
	if c.index < 0 {
		return
	}
	c.old = b.Spans[c.index]
	b.Spans = append(b.Spans[:c.index:c.index], b.Spans[c.index+1:]...)
}

// Undo re-inserts the span.
func (c *DeleteSpan) Undo(b *Board) {
	if c.index < 0 {
		return
	}
	spans := append([]Span(nil), b.Spans[:c.index]...)
	spans = append(spans, c.old)
	b.Spans = append(spans, b.Spans[c.index:]...)
}

// Name implements Command.
func (c *DeleteSpan) Name() string { return "Delete timing" }

// SpanIndex returns the position of the span with the given id, or -1.
func (b *Board) SpanIndex(id int) int {
	for i := range b.Spans {
		if b.Spans[i].ID == id {
			return i
		}
	}
	return -1
}

// NextSpanID returns an id no span uses yet.
func (b *Board) NextSpanID() int {
	max := 0
	for _, s := range b.Spans {
		if s.ID > max {
			max = s.ID
		}
	}
	return max + 1
}

// dropOrphanSpans removes the spans that no longer start and end at an
// event, as after an event was dragged into another lane, and returns the
// spans as they were so the move's Undo can bring them back.
func dropOrphanSpans(b *Board) (before []Span, changed bool) {
	if len(b.Spans) == 0 {
		return nil, false
	}
	isEvent := map[int]bool{}
	for _, s := range b.Stickies {
		if s.Lane == Events {
			isEvent[s.ID] = true
		}
	}
	kept := make([]Span, 0, len(b.Spans))
	for _, sp := range b.Spans {
		if isEvent[sp.From] && isEvent[sp.To] {
			kept = append(kept, sp)
		}
	}
	if len(kept) == len(b.Spans) {
		return nil, false
	}
	before = b.Spans
	b.Spans = kept
	return before, true
}
