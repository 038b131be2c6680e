"use client";

import { useEffect, useRef } from "react";

/**
 * Moves focus after a list changes (an item added or removed). The list is controlled by the parent,
 * so the new item exists only after the parent has re-rendered: the request is kept until an element
 * matching the selector appears inside the container, then focused once.
 */
export function useFocusAfterChange<T extends HTMLElement>() {
  const containerRef = useRef<T>(null);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    const target = containerRef.current?.querySelector<HTMLElement>(pending.current);
    if (target) {
      pending.current = null;
      target.focus();
    }
  });
  return {
    containerRef,
    /** Focus the first element matching `selector` once it is rendered. */
    focusWhenShown: (selector: string) => {
      pending.current = selector;
    },
  };
}
