/**
 * What every part of the app uses and which itself uses no other app package (only core): the
 * version, and layout numbers as text. The window, the lessons and the command line all read it.
 */
package org.stridescope.app.base;
