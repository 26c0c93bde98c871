/**
 * What the server session keeps of a screen, and how the screen reaches the application's beans once
 * the session has been read back (after a restart, or on another node).
 */
package org.cstoquiz.app.session;
