/**
 * Papers for a sitting and their variants: the same questions shuffled, with option letters
 * shuffled too, each variant with its own answer key; a seed makes them reproducible.
 */
package org.cstoquiz.engine.paper;
