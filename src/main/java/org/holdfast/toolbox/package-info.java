/**
 * The self-help toolbox: shared coping activities in six kinds (edited through the
 * editorial workflow), "something for right now", members' favourites and their own
 * private activities, and the urge timer ("ride the wave"), with and without JavaScript.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.toolbox;
