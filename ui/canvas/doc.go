// Package canvas is the board view of pathmap: the lanes, the sticky and
// span widgets, their renderers, pan and zoom, the selection and the text
// box a sticky is edited in. It shows the board of a workshop.Session and
// changes it only through board commands; it knows nothing of the window
// around it, which hooks in through the view's callbacks, the Editor's
// hooks and Overlays (the facilitation aids).
package canvas
