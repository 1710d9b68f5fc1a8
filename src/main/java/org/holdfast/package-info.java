@org.jspecify.annotations.NullMarked
package org.holdfast;
